import { z } from 'zod';

/**
 * Host mode (docs/team.md "Host mode"): the supervisor's PC runs the shop server itself.
 * What the renderer sees of it; the server's data, key and codes stay with the host.
 */
export const ShopHostStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('stopped') }),
  z.object({ state: z.literal('starting'), teamName: z.string() }),
  z.object({
    state: z.literal('running'),
    teamName: z.string(),
    port: z.number().int(),
    /** https://<LAN address>:<port> for each network this PC is on. */
    addresses: z.array(z.string()),
    /** SHA-256 of the server certificate (the codes carry its start). */
    fingerprint: z.string(),
  }),
  z.object({ state: z.literal('failed'), detail: z.string().max(2000) }),
]);
export type ShopHostStatus = z.infer<typeof ShopHostStatus>;

export const ShopHostStartInput = z.object({ teamName: z.string().trim().min(1).max(60) }).strict();
export type ShopHostStartInput = z.infer<typeof ShopHostStartInput>;

export const ShopHostCode = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), code: z.string(), expiresAt: z.string() }),
  z.object({ ok: z.literal(false), detail: z.string().max(2000) }),
]);
export type ShopHostCode = z.infer<typeof ShopHostCode>;
