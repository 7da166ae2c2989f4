/** The demo estate: three regions, two of which offer Traffic Mirroring. */
import { emptyStoreData, type StoreData } from '../store/rows';
import { seedApSoutheast1 } from './ap-southeast-1';
import { seedCnEast2 } from './cn-east-2';
import { seedCnNorth4 } from './cn-north-4';

/**
 * A fresh copy of the demo data (deterministic: the same ids and times every call).
 *
 * @example demoData().sessions.length // 4
 */
export function demoData(): StoreData {
  const data = emptyStoreData();
  seedCnNorth4(data);
  seedApSoutheast1(data);
  seedCnEast2(data);
  return data;
}
