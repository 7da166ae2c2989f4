/**
 * The transaction scope of a Traffic Mirroring write, and turning the violations of the
 * domain's constraint checks into an API error (the checks read a partial snapshot, see
 * snapshot-scope.ts).
 */
import type { Table } from 'dexie';
import type { Violation } from '@/domain/model/violations';
import { apiErrorFor } from '../http/violation-answers';
import { ApiError, invalidFields } from '../http/api-error';
import type { MockDb } from '../store/db';
import { toFieldDetails } from '@/domain/model/field-details';
import type { FieldProblem } from '@/domain/model/fields';

/** Every table a Traffic Mirroring write may read or change: one transaction scope. */
export function mirroringTables(db: MockDb): Table[] {
  return [
    db.meta,
    db.sessions,
    db.filters,
    db.rules,
    db.vpcs,
    db.subnets,
    db.peerings,
    db.attachments,
    db.servers,
    db.ports,
    db.loadBalancers,
    db.securityGroups,
    db.securityGroupRules,
    db.firewalls,
  ];
}

/** Throws the API error for `violations` (TM.0003-TM.0007), if any. */
export function raiseViolations(violations: readonly Violation[], wrapper: string): void {
  const answer = apiErrorFor(violations, wrapper);
  if (answer) throw new ApiError(answer.status, answer.error_code, answer.message, answer.details);
}

/** Throws TM.0002 for field problems of a merge (`mergeSessionUpdate`, `mergeRuleUpdate`). */
export function raiseFieldProblems(problems: readonly FieldProblem[], wrapper: string): never {
  throw invalidFields(toFieldDetails(problems, wrapper));
}
