/** cn-east-2: a region without Traffic Mirroring (C7): inventory only. */
import type { StoreData } from '../store/rows';
import { RegionBuilder } from './builders';
import { CN_EAST_2 as S, SEED_REGIONS } from './seed-ids';

/** Adds the cn-east-2 project and its inventory to `data`. */
export function seedCnEast2(data: StoreData): void {
  const b = new RegionBuilder(3, S.project, SEED_REGIONS.cnEast2, data);
  b.vpc(S.vpcs.erp, 'vpc-erp', '10.50.0.0/16');
  b.subnet(S.subnets.erp, 'subnet-erp', S.vpcs.erp, '10.50.1.0/24');
  b.securityGroup(S.securityGroups.erp, 'sg-erp', 'ERP servers', [
    { protocol: 'tcp', ports: '443', remote: '10.50.0.0/16' },
  ]);
  b.server(S.servers.erpApp01, 'erp-app-01', 'c7t.large.2');
  b.server(S.servers.erpDb01, 'erp-db-01', 's6.xlarge.4');
  const groups = [S.securityGroups.erp];
  b.port({
    id: S.ports.erpApp01,
    name: 'erp-app-01-eth0',
    server: S.servers.erpApp01,
    subnet: S.subnets.erp,
    ip: '10.50.1.10',
    securityGroups: groups,
  });
  b.port({
    id: S.ports.erpDb01,
    name: 'erp-db-01-eth0',
    server: S.servers.erpDb01,
    subnet: S.subnets.erp,
    ip: '10.50.1.20',
    securityGroups: groups,
  });
}
