import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet } from '@tanstack/react-router';
import { MOCK_MODE } from '../../api/config';
import { NetworkConditionsButton } from '../../features/mock-tenant/components/network-conditions-button';
import { ResetDemoDataButton } from '../../features/mock-tenant/components/reset-demo-data-button';
import { SignedInAs } from '../../features/mock-tenant/components/signed-in-as';
import { ErrorBoundary } from '../error-boundary';
import { DeferredFocusManager } from './deferred-focus-manager';
import { Navigation } from './navigation';

const useStyles = makeStyles({
  shell: {
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    gridTemplateColumns: '220px 1fr',
    gridTemplateAreas: '"header header" "nav main"',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    '@media (max-width: 700px)': {
      gridTemplateColumns: '1fr',
      gridTemplateRows: 'auto auto 1fr',
      gridTemplateAreas: '"header" "nav" "main"',
    },
  },
  header: {
    gridArea: 'header',
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    minHeight: '48px',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
    backgroundColor: '#0f3d7a',
    color: tokens.colorNeutralForegroundOnBrand,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    flexGrow: 1,
  },
  tenant: {
    fontSize: tokens.fontSizeBase200,
    opacity: 0.9,
    whiteSpace: 'nowrap',
    '@media (max-width: 1100px)': { display: 'none' },
  },
  headerButton: { color: tokens.colorNeutralForegroundOnBrand, whiteSpace: 'nowrap' },
  main: {
    gridArea: 'main',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalXXL}`,
    minWidth: 0,
  },
  skip: {
    position: 'absolute',
    left: '-10000px',
    ':focus': {
      left: tokens.spacingHorizontalM,
      top: tokens.spacingVerticalS,
      zIndex: 10,
      backgroundColor: tokens.colorNeutralBackground1,
      padding: tokens.spacingHorizontalS,
    },
  },
});

export function AppShell() {
  const styles = useStyles();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to main content
      </a>
      <header className={styles.header}>
        <p className={styles.title}>Audio Conferencing admin center</p>
        <span className={styles.tenant}>contoso.com{MOCK_MODE ? ' · mock tenant' : ''}</span>
        {MOCK_MODE ? <NetworkConditionsButton className={styles.headerButton} /> : null}
        {MOCK_MODE ? <SignedInAs /> : null}
        {MOCK_MODE ? <ResetDemoDataButton className={styles.headerButton} /> : null}
      </header>
      <Navigation />
      <DeferredFocusManager />
      <main id="main" className={styles.main}>
        <ErrorBoundary>
          <Outlet />
        </ErrorBoundary>
      </main>
    </div>
  );
}
