import { SearchBox } from '@fluentui/react-components';
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 200;

/** Typing searches by itself, a moment after the last keystroke. */
export function UsersSearchBox({
  value,
  onSearch,
}: {
  value: string;
  onSearch: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The URL changed (back button, a link): show what it says.
    setLastValue(value);
    setDraft(value);
  }

  useEffect(() => {
    if (draft === value) return;
    const timer = window.setTimeout(() => onSearch(draft), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [draft, value, onSearch]);

  return (
    <SearchBox
      aria-label="Search users"
      placeholder="Search by name, account, SIP address, phone or email"
      value={draft}
      onChange={(_, data) => setDraft(data.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onSearch(draft);
      }}
      style={{ width: '100%', maxWidth: '32rem' }}
    />
  );
}
