import type { NetworkInterfaceInfo } from 'node:os';

/**
 * The addresses the other PCs of the shop type: every IPv4 address of this PC that is not
 * loopback or link-local (169.254: no DHCP answer, unreachable by the others).
 */
export function lanAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>, port: number): string[] {
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) {
      if (i.family !== 'IPv4' || i.internal || i.address.startsWith('169.254.')) continue;
      out.push(`https://${i.address}:${port}`);
    }
  }
  return [...new Set(out)];
}
