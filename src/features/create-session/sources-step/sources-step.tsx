import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { sourceEligibility, suggestPriority } from '@/domain/model/eligibility';
import { portIpv4, portIpv6, portVpcId, serverOfPort } from '@/domain/network/inventory-lookup';
import type { Port } from '@/domain/model/types';
import { Button } from '@/components/ui/button';
import { useResultText } from '@/components/results/use-result-text';
import { controlClass } from '@/components/form/field';
import { useT } from '@/i18n';
import { namesList } from '../draft/created-filters';
import type { RowVerdict } from '../selection/selection-row';
import { SelectionTable } from '../selection/selection-table';
import { sourceColumns } from './source-columns';
import { StepError } from '../step-error';
import { draftOf } from '../step-checks';
import { useWizard } from '../wizard-context';
import type { WizardValues } from '../wizard-values';

/** Step 3: the interfaces whose traffic is copied, each saying whether it can be a source and why not. */
export function SourcesStep() {
  const { t, locale } = useT();
  const { snapshot } = useWizard();
  const result = useResultText();
  const { inventory, quotas } = snapshot;
  const { control, setValue, getValues } = useFormContext<WizardValues>();
  const values = useWatch({ control }) as WizardValues;
  const chosen = values.traffic_mirror_sources;
  const [query, setQuery] = useState('');
  const draft = draftOf(values);
  const full = chosen.length >= quotas.sources_per_session;
  const names = chosen.map((id) => inventory.ports.find((p) => p.id === id)?.name ?? id);

  const ports = inventory.ports.filter((p) => p.device_owner.startsWith('compute'));
  const text = (p: Port) => {
    const server = serverOfPort(inventory, p);
    const vpc = inventory.vpcs.find((v) => v.id === portVpcId(inventory, p))?.name;
    return [p.name, portIpv4(p), portIpv6(p), server?.name, server?.flavor.id, vpc].join(' ').toLowerCase();
  };
  const shown = ports.filter((p) => text(p).includes(query.trim().toLowerCase()));

  const set = (ids: string[]) =>
    setValue('traffic_mirror_sources', ids, { shouldDirty: true, shouldValidate: true });
  const applyPriority = (priority: number) =>
    setValue('priority', priority, { shouldDirty: true, shouldValidate: true });

  const verdict = (p: Port): RowVerdict => {
    const { eligible, reasons } = sourceEligibility(snapshot, draft, p.id);
    const selected = chosen.includes(p.id);
    if (eligible) {
      if (selected) return { ok: true, text: t('wizard.table.chosen') };
      if (full)
        return {
          ok: false,
          text: t('wizard.sources.full', { count: chosen.length, limit: quotas.sources_per_session }),
        };
      return { ok: true, text: t('wizard.sources.canBe') };
    }
    const free = reasons.every((r) => r.code === 'C4')
      ? suggestPriority(snapshot, { sources: [...chosen, p.id] })
      : undefined;
    return {
      ok: false,
      text: (
        <>
          {reasons.map((r) => (
            <span key={r.code} className="block">
              {result(r.message)}
            </span>
          ))}
          {free !== undefined && (
            <Button variant="ghost" className="-ml-3" onClick={() => applyPriority(free)}>
              {t('wizard.sources.useFree', { priority: free })}
            </Button>
          )}
        </>
      ),
    };
  };

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="w-80">
          <label htmlFor="source-search" className="block text-sm font-medium text-slate-800">
            {t('wizard.sources.search')}
          </label>
          <input
            id="source-search"
            type="search"
            aria-describedby="source-search-hint"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            className={`${controlClass} mt-1`}
          />
          <p id="source-search-hint" className="mt-1 text-xs text-slate-500">
            {t('wizard.sources.searchHint')}
          </p>
        </div>
        <p role="status" className="text-sm text-slate-700">
          {t('wizard.sources.chosen', {
            count: chosen.length,
            limit: quotas.sources_per_session,
            names: namesList(locale, names),
          })}
        </p>
      </div>
      <StepError name="traffic_mirror_sources" />
      <SelectionTable
        label={t('wizard.table.interfaces')}
        mode="checkbox"
        rows={shown}
        rowKey={(p) => p.id}
        rowName={(p) => p.name}
        isSelected={(p) => chosen.includes(p.id)}
        onChange={(p, on) => {
          const current = getValues('traffic_mirror_sources');
          set(on ? [...current, p.id] : current.filter((id) => id !== p.id));
        }}
        verdict={verdict}
        verdictHeader={t('wizard.table.available')}
        columns={sourceColumns(snapshot, t)}
        empty={query ? t('wizard.sources.noMatch', { query }) : t('wizard.table.noInterfaces')}
      />
    </div>
  );
}
