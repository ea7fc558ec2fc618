import { makeStyles, tokens } from '@fluentui/react-components';
import { useId, type ReactNode } from 'react';

const useStyles = makeStyles({
  row: { display: 'contents' },
  term: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  value: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
});

/** A read-only value named by its label, so getByLabel('Conference ID') finds it. */
export function LabelledValue({ label, children }: { label: string; children: ReactNode }) {
  const id = useId();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <dt id={id} className={styles.term}>
        {label}
      </dt>
      <dd aria-labelledby={id} className={styles.value}>
        {children}
      </dd>
    </div>
  );
}

const useListStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'minmax(9rem, max-content) 1fr',
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
  },
});

export function ValueList({ children }: { children: ReactNode }) {
  return <dl className={useListStyles().list}>{children}</dl>;
}
