import { Popover as AriakitPopover, usePopoverStore } from '@ariakit/react';
import { useLayoutEffect, type ReactNode, type RefObject } from 'react';

/**
 * A non-modal panel anchored to an element (the page stays usable): named for screen readers,
 * Esc or a click outside closes it. Mount it to open, unmount it to close. On Esc focus goes back
 * to the opener (or `finalFocus`); after a click elsewhere it stays where the agent clicked.
 */
export function Popover({ label, onClose, anchorRef, openerRef, placement = 'bottom-start', sameWidth, initialFocus, finalFocus, className, testId, children }: {
  label: string;
  onClose: () => void;
  anchorRef: RefObject<HTMLElement | null>;
  /** The button that toggles it: a click there is not "outside", and focus returns there. */
  openerRef?: RefObject<HTMLElement | null>;
  placement?: 'top-start' | 'top' | 'bottom-start' | 'bottom' | 'bottom-end';
  sameWidth?: boolean;
  initialFocus?: RefObject<HTMLElement | null>;
  /** Where focus goes back on close when that is not the element that opened it. */
  finalFocus?: RefObject<HTMLElement | null>;
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
      finalFocus={finalFocus}
      className={className ? `popup ${className}` : 'popup'}
      data-testid={testId}
    >
      {children}
    </AriakitPopover>
  );
}
