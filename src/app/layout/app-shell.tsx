import { makeStyles, tokens } from '@fluentui/react-components';
import { Outlet } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { MOCK_MODE } from '../../api/config';
import { SignedInUser } from '../auth/signed-in-user';
import { useUnauthorized } from '../../api/auth/unauthorized';
import { ErrorBoundary } from '../error-boundary';
import { DeferredFocusManager } from './deferred-focus-manager';
import { HeaderControlsSlot, PageNoticesSlot } from './header-controls';
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

// Shown only after the API answers 401: not part of what the first page needs.
const SignInRequired = lazy(() =>
  import('../auth/sign-in-required').then((m) => ({ default: m.SignInRequired })),
);

export function AppShell() {
  const styles = useStyles();
  const unauthorized = useUnauthorized();
  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to main content
      </a>
      <header className={styles.header}>
        <p className={styles.title}>Audio Conferencing admin center</p>
        <span className={styles.tenant}>contoso.com{MOCK_MODE ? ' · mock tenant' : ''}</span>
        {/* Mock mode: Network conditions, Signed in as, Reset demo data; else who is signed in. */}
        <HeaderControlsSlot buttonClassName={styles.headerButton}>
          <SignedInUser buttonClassName={styles.headerButton} />
        </HeaderControlsSlot>
      </header>
      <Navigation />
      <DeferredFocusManager />
      <main id="main" className={styles.main}>
        <PageNoticesSlot />
        <ErrorBoundary>
          {unauthorized ? (
            <Suspense fallback={null}>
              <SignInRequired />
            </Suspense>
          ) : (
            <Outlet />
          )}
        </ErrorBoundary>
      </main>
    </div>
  );
}
