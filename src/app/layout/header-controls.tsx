import { createElement, type ComponentType, type ReactNode } from 'react';

type HeaderControls = ComponentType<{ buttonClassName: string }>;

let provided: HeaderControls | null = null;

/**
 * Mock mode: the header's test hooks, handed over by the mock's start-up before the app's first
 * render, so they show with the header (a lazy component would pop in later). A build without the
 * mock never provides any.
 */
export function provideHeaderControls(controls: HeaderControls): void {
  provided = controls;
}

/** The provided controls, or `children` when there are none (a build without the mock). */
export function HeaderControlsSlot(props: { buttonClassName: string; children: ReactNode }) {
  return provided
    ? createElement(provided, { buttonClassName: props.buttonClassName })
    : props.children;
}
