import { Popover as AriakitPopover, usePopoverStore } from '@ariakit/react';
import { useLayoutEffect, type ReactNode, type RefObject } from 'react';

/**
 * A non-modal panel anchored to an element (the page stays usable): named for screen readers,
 * Esc or a click outside closes it. Mount it to open, unmount it to close. Focus goes back to the
 * opener on close unless `returnFocus` is off — for an owner that decides itself where focus goes
 * next (the phrase picker hands it to the first slot to fill).
 */
export function Popover({ label, onClose, anchorRef, openerRef, placement = 'bottom-start', sameWidth, initialFocus, returnFocus = true, className, testId, children }: {
  label: string;
  onClose: () => void;
  anchorRef: RefObject<HTMLElement | null>;
  /** The button that toggles it: a click there is not "outside", and focus returns there. */
  openerRef?: RefObject<HTMLElement | null>;
  placement?: 'top-start' | 'top' | 'bottom-start' | 'bottom' | 'bottom-end';
  sameWidth?: boolean;
  initialFocus?: RefObject<HTMLElement | null>;
  returnFocus?: boolean;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  const store = usePopoverStore({ placement, open: true });
  useLayoutEffect(() => {
    if (openerRef?.current) store.setDisclosureElement(openerRef.current);
  }, [store, openerRef]);
  return (
    <AriakitPopover
      store={store}
      open
      onClose={onClose}
      modal={false}
      portal={false}
      aria-label={label}
      getAnchorRect={() => anchorRef.current?.getBoundingClientRect() ?? null}
      sameWidth={sameWidth}
      gutter={4}
      initialFocus={initialFocus}
      autoFocusOnHide={returnFocus}
      className={className ? `popup ${className}` : 'popup'}
      data-testid={testId}
    >
      {children}
    </AriakitPopover>
  );
}
