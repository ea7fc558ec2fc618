import { createElement, type ComponentType, type ReactNode } from 'react';

/**
 * A place in the layout that mock mode fills: handed over by the mock's start-up before the app's
 * first render, so it shows with the page (a lazy component would pop in later). A build without
 * the mock never provides one, and the slot shows its `children`.
 */
function createSlot<P extends object>() {
  let provided: ComponentType<P> | null = null;
  return {
    provide(component: ComponentType<P>): void {
      provided = component;
    },
    Slot(props: P & { children?: ReactNode }) {
      return provided ? createElement(provided, props) : (props.children ?? null);
    },
  };
}

const headerControls = createSlot<{ buttonClassName: string }>();
const pageNotices = createSlot<object>();

/** Mock mode: the header's test hooks (network conditions, Signed in as, Reset demo data). */
export const provideHeaderControls = headerControls.provide;
export const HeaderControlsSlot = headerControls.Slot;

/** Mock mode: notices above every page, such as saved demo data that had to be reset. */
export const providePageNotices = pageNotices.provide;
export const PageNoticesSlot = pageNotices.Slot;
