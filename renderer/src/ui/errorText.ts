/** A repository error as the agent reads it: the message names the field and the reason. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
