import { makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { useBridge } from '../../../api/get-bridge';
import { BridgeSettingsForm } from './bridge-settings-form';
import { PinPoliciesSection } from './pin-policies-section';
import { LoadError } from '../../../components/load-error';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    maxWidth: '60rem',
  },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  card: {
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
});

export function ConferenceBridgesPage() {
  const styles = useStyles();
  const bridge = useBridge();
  return (
    <div className={styles.page}>
      <h1>Conference bridges</h1>
      <p className={styles.intro}>Bridge settings apply to everyone in the organization.</p>
      <section className={styles.card} aria-labelledby="bridge-settings-heading">
        <h2 id="bridge-settings-heading">Bridge settings</h2>
        {bridge.isPending ? <Spinner label="Loading bridge settings…" /> : null}
        <LoadError query={bridge} />
        {bridge.data ? <BridgeSettingsForm bridge={bridge.data} /> : null}
      </section>
      <div className={styles.card}>
        <PinPoliciesSection />
      </div>
    </div>
  );
}
