import { useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, useRef, type KeyboardEvent } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { QueryState } from '@/components/ui/query-state';
import { draftSessionOf, withDraftSession } from '@/domain/model/draft-session';
import { useT } from '@/i18n';
import { CapturePanel } from './capture/capture-panel';
import { DraftNotice } from './draft-notice';
import { packetTesterSearchSchema } from './packet-search';
import { SinglePacketView } from './single-packet-view';
import { useTesterConfig } from './use-tester-config';

const TABS = [
  { view: 'packet', label: 'tester.page.tabPacket' },
  { view: 'capture', label: 'tester.page.tabCapture' },
] as const;

/**
 * The packet tester: one packet against the region's mirror configuration (verdict, trace,
 * copy, delivery, what-if), or a whole capture. The packet and the view live in the address.
 */
export function PacketTesterPage() {
  const { t } = useT();
  const raw = useSearch({ strict: false });
  const search = useMemo(() => packetTesterSearchSchema.parse(raw), [raw]);
  const navigate = useNavigate();
  const { region, config: loaded } = useTesterConfig();
  // A link from the create wizard carries the session being created: test with it too.
  const config = useMemo(
    () => loaded && withDraftSession(loaded, search.draft && draftSessionOf(search.draft)),
    [loaded, search.draft],
  );
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const active = search.view ?? 'packet';
  const open = (view: 'packet' | 'capture') =>
    void navigate({
      to: '/packet-tester',
      search: (prev) => ({ ...prev, view: view === 'packet' ? undefined : view }),
    });
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    open(next.view);
    tabs.current[TABS.indexOf(next)]?.focus();
  };

  return (
    <>
      <PageHeader title={t('tester.page.title')} description={t('tester.page.description')} />
      <QueryState what={t('tester.page.what')} state={region}>
        <div
          role="tablist"
          aria-label={t('tester.page.tabs')}
          className="mb-4 flex gap-1 border-b border-slate-200"
        >
          {TABS.map((tab, index) => (
            <button
              key={tab.view}
              ref={(node) => {
                tabs.current[index] = node;
              }}
              type="button"
              role="tab"
              id={`tester-tab-${tab.view}`}
              aria-selected={active === tab.view}
              aria-controls={`tester-panel-${tab.view}`}
              tabIndex={active === tab.view ? 0 : -1}
              onClick={() => open(tab.view)}
              onKeyDown={(event) => onKeyDown(event, index)}
              className={`-mb-px border-b-2 px-3 py-1.5 text-sm font-medium ${
                active === tab.view
                  ? 'border-brand-600 text-brand-800'
                  : 'border-transparent text-slate-600 hover:text-slate-900'
              }`}
            >
              {t(tab.label)}
            </button>
          ))}
        </div>
        {search.draft && <DraftNotice draft={search.draft} />}
        {config && (
          <>
            <div
              role="tabpanel"
              id="tester-panel-packet"
              aria-labelledby="tester-tab-packet"
              hidden={active !== 'packet'}
            >
              <SinglePacketView config={config} search={search} />
            </div>
            <div
              role="tabpanel"
              id="tester-panel-capture"
              aria-labelledby="tester-tab-capture"
              hidden={active !== 'capture'}
            >
              <CapturePanel config={config} />
            </div>
          </>
        )}
      </QueryState>
    </>
  );
}
