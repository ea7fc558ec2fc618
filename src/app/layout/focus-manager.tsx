import { useRestoreFocusTarget } from '@fluentui/react-components';

/**
 * Keeps Fluent's focus manager (tabster) alive for the page's lifetime. Fluent creates it with the
 * first component that needs it and disposes of it with the last one; were that a dialog, closing
 * the dialog would dispose of it mid-cleanup and leave the page `aria-hidden`. Rendered, but
 * nothing to see.
 */
export function FocusManager() {
  useRestoreFocusTarget();
  return null;
}
