import type { Product } from '@shared/schemas/entities';
import { getDb } from '../store';
import { alive } from '../repositories/tracked';

/** Products of every shop (a catalogue of hundreds, read once and searched in memory). */
export async function listProducts(): Promise<Product[]> {
  return (await getDb().products.toArray()).filter(alive);
}
