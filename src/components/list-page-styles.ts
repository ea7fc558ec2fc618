import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * A page that is a heading, an intro, filters and one wide table (the audit log, meeting
 * migrations): its layout, shared so that such pages look alike.
 */
export const useListPageStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  filters: { display: 'flex', gap: tokens.spacingHorizontalL, flexWrap: 'wrap' },
  field: { minWidth: '14rem' },
  tableWrap: {
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  empty: { margin: 0, padding: tokens.spacingVerticalXXL, textAlign: 'center' },
  /** A column of sentences (a reason, a message): wide enough to read. */
  prose: { minWidth: '18rem' },
  nowrap: { whiteSpace: 'nowrap' },
  // Columns as wide as what they hold: a fixed layout let a time run into the next column.
  table: { tableLayout: 'auto' },
});
