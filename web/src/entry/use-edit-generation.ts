import { useEffect, useRef, useState } from 'react';

/**
 * When an edit form should start afresh: after its own save, once the record has been read back at a new
 * version. Not on every reload (a language switch re-reads the page), so a half-done edit or an open
 * conflict survives it.
 */
export function useEditGeneration(version: number, onChanged: () => void) {
  const [key, setKey] = useState(0);
  const [saved, setSaved] = useState(false);
  const pending = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version is the signal, not a value used.
  useEffect(() => {
    if (!pending.current) return;
    pending.current = false;
    setKey((k) => k + 1);
  }, [version]);
  return {
    key,
    saved,
    onSaved() {
      pending.current = true;
      setSaved(true);
      onChanged();
    },
  };
}
