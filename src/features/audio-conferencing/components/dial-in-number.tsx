import { makeStyles, tokens } from '@fluentui/react-components';
import { formatPhoneNumber } from '../../../api/format';

const useStyles = makeStyles({
  note: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

/** The user's own number, or the bridge's default one that applies instead (B5). */
export function DialInNumber({
  own,
  bridgeDefault,
}: {
  own: string | null;
  bridgeDefault: string | null | undefined;
}) {
  const styles = useStyles();
  if (own) return <>{formatPhoneNumber(own)}</>;
  if (bridgeDefault === undefined) return <span className={styles.note}>Bridge default</span>;
  if (bridgeDefault === null) return <span className={styles.note}>None</span>;
  return (
    <>
      {formatPhoneNumber(bridgeDefault)} <span className={styles.note}>(bridge default)</span>
    </>
  );
}
