import { SearchBox } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';

/** While a search is loading, further keystrokes wait this long for a pause before they search. */
const DEBOUNCE_MS = 150;

/**
 * Typing searches by itself. A keystroke searches at once when nothing is loading; keystrokes that
 * come while a search is loading are debounced, and the newest replaces (cancels) the one under
 * way, so a fast typist sends few requests and never sees an older answer land last.
 */
export function UsersSearchBox({
  value,
  busy,
  onSearch,
}: {
  value: string;
  busy: boolean;
  onSearch: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The URL changed (back button, a link, a saved query): show what it says.
    setLastValue(value);
    setDraft(value);
  }

  // What was last asked for, so a re-render before the URL catches up doesn't ask again.
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (draft === value) {
      sent.current = null;
      return;
    }
    if (sent.current === draft) return;
    const search = () => {
      sent.current = draft;
      onSearch(draft);
    };
    if (!busy) return search();
    const timer = window.setTimeout(search, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value, busy, onSearch]);

  return (
    <SearchBox
      aria-label="Search users"
      placeholder="Search by name, account, SIP address, phone or email"
      value={draft}
      onChange={(_, data) => {
        setDraft(data.value);
        // When idle, the search starts with the keystroke itself, before anything re-renders.
        if (!busy && data.value !== value && sent.current !== data.value) {
          sent.current = data.value;
          onSearch(data.value);
        }
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(draft);
      }}
      style={{ width: '100%', maxWidth: '32rem' }}
    />
  );
}
