declare global {
  /** Stamped into the build by vite's `define` (renderer/vite.shared.mts). */
  const __APP_VERSION__: string;
}

/** The app's version as built; read when asked (tests stub the global). */
export const appVersion = (): string => __APP_VERSION__;
