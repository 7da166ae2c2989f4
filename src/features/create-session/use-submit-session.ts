import { useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { ApiError } from '@/api/client';
import { useCreateSession } from '@/api/sessions';
import type { SessionCreate } from '@/domain/model/session-schema';
import type { TrafficMirrorSession } from '@/domain/model/types';
import { stepOfField } from './wizard-steps';
import type { StepId, WizardValues } from './wizard-values';

/** A refused create: the server's message, and the fields it named (each now shows its error). */
export interface SubmitFailure {
  message: string;
  fields: { field: keyof WizardValues; step: StepId; message: string }[];
}

const FORM_FIELDS = new Set<string>([
  'name',
  'description',
  'priority',
  'virtual_network_id',
  'packet_length',
  'enabled',
  'traffic_mirror_filter_id',
  'traffic_mirror_sources',
  'traffic_mirror_target_type',
  'traffic_mirror_target_id',
]);

/** The form field an API `details` entry names: `traffic_mirror_session.traffic_mirror_sources.1` -> sources. */
function formFieldOf(path: string): keyof WizardValues | null {
  const field = path.split('.')[1];
  return field && FORM_FIELDS.has(field) ? (field as keyof WizardValues) : null;
}

/**
 * Sends the create call once at a time (a second click while it runs does nothing). A field
 * error from the server is put at its field; anything else is kept for the review step, whose
 * Retry sends the same values again.
 */
export function useSubmitSession(
  form: UseFormReturn<WizardValues, unknown, SessionCreate>,
  onCreated: (session: TrafficMirrorSession) => void,
) {
  const create = useCreateSession();
  const running = useRef(false);
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  const send = async (body: SessionCreate) => {
    if (running.current) return;
    running.current = true;
    setFailure(null);
    try {
      onCreated(await create.mutateAsync(body));
    } catch (error) {
      const fields: SubmitFailure['fields'] = [];
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const field = formFieldOf(detail.field);
          if (!field || fields.some((f) => f.field === field)) continue;
          form.setError(field, { type: 'server', message: detail.message });
          fields.push({ field, step: stepOfField(field), message: detail.message });
        }
      }
      const message = error instanceof Error ? error.message : String(error);
      setFailure({ message, fields });
    } finally {
      running.current = false;
    }
  };

  return { send, pending: create.isPending, failure };
}
