import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useId } from 'react';
import { decodeFilterClause } from '../../../api/contract/user-list';
import { describeClause } from './filter-labels';

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  chip: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
});

interface FilterChipsProps {
  filters: readonly string[];
  onRemove: (clause: string) => void;
}

/** The applied clauses (combined with AND), each with its own Remove button. */
export function FilterChips({ filters, onRemove }: FilterChipsProps) {
  const styles = useStyles();
  const id = useId();
  if (filters.length === 0) return null;
  return (
    <ul className={styles.list} aria-label="Filters">
      {filters.map((text, i) => {
        const clause = decodeFilterClause(text);
        if (!clause) return null;
        const labelId = `${id}-${i}`;
        return (
          <li key={text} className={styles.chip}>
            <span id={labelId}>{describeClause(clause)}</span>
            <Button
              appearance="transparent"
              size="small"
              shape="circular"
              icon={<DismissRegular />}
              aria-label="Remove"
              aria-describedby={labelId}
              title={`Remove filter: ${describeClause(clause)}`}
              onClick={() => onRemove(text)}
            />
          </li>
        );
      })}
    </ul>
  );
}
