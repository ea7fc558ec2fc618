import type { ReactNode } from 'react';

/** The result of an action, announced in the Audio Conferencing section. */
export type Outcome = { intent: 'success'; title: string; text: ReactNode } | null;
