/**
 * Who may talk to the main process: only the top-level frame of our own window, showing one of
 * our own pages. A compromised subframe, a navigated-away page or another window must not reach
 * file dialogs or the shell, so every IPC message is checked against this before its payload is
 * even parsed.
 */

/** The parts of Electron's WebFrameMain that the check reads. */
export interface FrameLike {
  readonly url: string;
  readonly parent: FrameLike | null;
  readonly processId: number;
  readonly frameToken: string;
}

export interface TrustedSenderOptions {
  /** The main window's `webContents.mainFrame`, or null while there is no window. */
  mainFrame: () => FrameLike | null;
  isAppUrl: (url: string) => boolean;
  /** Top frames of our other windows (the phrase palette), trusted like the main window. */
  otherFrames?: () => FrameLike[];
}

export type SenderVerdict = { trusted: true } | { trusted: false; reason: string };

export function judgeSender(frame: FrameLike | null | undefined, options: TrustedSenderOptions): SenderVerdict {
  // senderFrame is null when the frame navigated or was destroyed before the message arrived.
  if (!frame) return { trusted: false, reason: 'sender frame is gone' };
  if (frame.parent !== null) return { trusted: false, reason: 'sender is a subframe' };
  const main = options.mainFrame();
  if (!main) return { trusted: false, reason: 'no main window' };
  // Compare identity by token as well as by reference: wrappers may be recreated across calls.
  const isFrame = (f: FrameLike): boolean => frame === f || (frame.processId === f.processId && frame.frameToken === f.frameToken);
  const same = isFrame(main) || (options.otherFrames?.() ?? []).some(isFrame);
  if (!same) return { trusted: false, reason: 'sender is not the main window' };
  if (!options.isAppUrl(frame.url)) return { trusted: false, reason: 'sender shows a page that is not ours' };
  return { trusted: true };
}
