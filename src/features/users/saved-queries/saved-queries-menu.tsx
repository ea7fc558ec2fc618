import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { SavedQuery } from './saved-query';
import { useStableCallback } from '../../../lib/use-stable-callback';
import { useSavedQueries } from './use-saved-queries';

const useStyles = makeStyles({
  menu: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    left: 0,
    zIndex: 10,
    minWidth: '16rem',
    maxHeight: '20rem',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingVerticalXS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow16,
  },
  item: {
    textAlign: 'start',
    border: 'none',
    background: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus': { backgroundColor: tokens.colorNeutralBackground1Hover, outline: 'none' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  empty: { color: tokens.colorNeutralForeground3, cursor: 'default' },
  divider: {
    height: '1px',
    margin: `${tokens.spacingVerticalXS} 0`,
    backgroundColor: tokens.colorNeutralStroke2,
  },
});

interface SavedQueriesMenuProps {
  /** The menu button: a click on it is not "outside" (it toggles the menu itself). */
  anchor: HTMLElement | null;
  onClose: () => void;
  onOpenQuery: (query: SavedQuery) => void;
  onManage: () => void;
}

/**
 * Saved queries: each opens with a click; the last item manages them (rename, export, import,
 * delete). A plain ARIA menu (arrow keys, Home/End, Escape, Tab closes), placed under its button.
 */
export function SavedQueriesMenu({
  anchor,
  onClose,
  onOpenQuery,
  onManage,
}: SavedQueriesMenuProps) {
  const styles = useStyles();
  const { queries } = useSavedQueries();
  const menuRef = useRef<HTMLDivElement>(null);
  const items = () => [
    ...(menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([aria-disabled])') ??
      []),
  ];

  const close = useStableCallback(onClose);
  useEffect(() => {
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled])')?.focus();
  }, []);
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !anchor?.contains(target)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [anchor, close]);

  function onKeyDown(event: KeyboardEvent) {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (index: number) => all[(index + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
  }

  return (
    <div
      ref={menuRef}
      role="menu"
      aria-label="Saved queries"
      className={styles.menu}
      onKeyDown={onKeyDown}
      tabIndex={-1}
    >
      {queries.length === 0 ? (
        <div
          role="menuitem"
          aria-disabled="true"
          className={mergeClasses(styles.item, styles.empty)}
        >
          No saved queries yet
        </div>
      ) : (
        queries.map((query) => (
          <button
            key={query.id}
            type="button"
            role="menuitem"
            tabIndex={-1}
            className={styles.item}
            onClick={() => onOpenQuery(query)}
          >
            {query.name}
          </button>
        ))
      )}
      <div role="separator" className={styles.divider} />
      <button
        type="button"
        role="menuitem"
        tabIndex={-1}
        className={styles.item}
        onClick={onManage}
      >
        Manage saved queries…
      </button>
    </div>
  );
}
