import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useMemo } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Inventory } from '@/domain/model/types';
import { CheckboxField } from '@/components/form/checkbox-field';
import { SelectField } from '@/components/form/select-field';
import { TextField } from '@/components/form/text-field';
import { Button } from '@/components/ui/button';
import { useT } from '@/i18n';
import { findInterface, interfaceLabel } from './interface-lookup';
import { protocolHasPorts, type PacketFormValues, type TestPacket } from './packet-fields';
import { packetFormOptions } from './packet-form-options';
import { packetFormSchema } from './packet-form-schema';

/** Props of {@link PacketForm}. */
export interface PacketFormProps {
  inventory: Inventory;
  initial: PacketFormValues;
  /** Check every field at once (the packet came from a link). */
  validateAtOnce: boolean;
  onTest: (test: TestPacket) => void;
  onClear: () => void;
}

/**
 * The packet to test: the interface (name, IP or ID), direction, type, protocol, addresses,
 * ports and length. Each field says what is wrong next to it, in the domain's words.
 */
export function PacketForm({ inventory, initial, validateAtOnce, onTest, onClear }: PacketFormProps) {
  const { t } = useT();
  const listId = useId();
  const schema = useMemo(() => packetFormSchema(inventory, t), [inventory, t]);
  const options = useMemo(() => packetFormOptions(t), [t]);
  const form = useForm<PacketFormValues, unknown, TestPacket>({
    resolver: zodResolver(schema),
    defaultValues: initial,
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const [source, protocol] = useWatch({ control: form.control, name: ['source', 'protocol'] });
  const found = findInterface(inventory, source);
  const ports = protocolHasPorts(protocol);
  const deps = {
    deps: ['direction', 'source_ip', 'destination_ip', 'length'] satisfies (keyof PacketFormValues)[],
  };

  useEffect(() => {
    if (validateAtOnce) void form.trigger();
  }, [form, validateAtOnce]);
  // The messages shown follow a change of language: the fields in error are checked again.
  useEffect(() => {
    const marked = Object.keys(form.formState.errors) as (keyof PacketFormValues)[];
    if (marked.length > 0) void form.trigger(marked);
  }, [form, schema]);

  const swap = () => {
    const v = form.getValues();
    form.setValue('source_ip', v.destination_ip);
    form.setValue('destination_ip', v.source_ip);
    form.setValue('source_port', v.destination_port);
    form.setValue('destination_port', v.source_port);
  };

  return (
    <form
      aria-label={t('tester.form.name')}
      noValidate
      onSubmit={(event) => void form.handleSubmit(onTest)(event)}
      className="space-y-3"
    >
      <div className="grid grid-cols-4 gap-x-3 gap-y-2">
        <div className="col-span-2">
          <TextField
            label={t('tester.form.interface')}
            required
            list={listId}
            autoComplete="off"
            hint={'port' in found ? interfaceLabel(found.port) : t('tester.form.interfaceHint')}
            {...form.register('source', deps)}
            error={errors.source?.message}
          />
          <datalist id={listId}>
            {inventory.ports.map((p) => (
              <option key={p.id} value={p.name}>
                {interfaceLabel(p)}
              </option>
            ))}
          </datalist>
        </div>
        <SelectField
          label={t('tester.form.direction')}
          options={options.direction}
          {...form.register('direction')}
          error={errors.direction?.message}
        />
        <SelectField
          label={t('tester.form.type')}
          options={options.ethertype}
          {...form.register('ethertype', deps)}
          error={errors.ethertype?.message}
        />
        <SelectField
          label={t('tester.form.protocol')}
          options={options.protocol}
          {...form.register('protocol', deps)}
          error={errors.protocol?.message}
        />
        {protocol === 'OTHER' ? (
          <TextField
            label={t('tester.form.protocolNumber')}
            inputMode="numeric"
            {...form.register('protocol_number', deps)}
            error={errors.protocol_number?.message}
          />
        ) : null}
        <TextField
          label={t('tester.form.length')}
          inputMode="numeric"
          hint={t('tester.form.lengthHint')}
          {...form.register('length')}
          error={errors.length?.message}
        />
        <div className={`flex items-end pb-1.5 ${protocol === 'OTHER' ? '' : 'col-span-2'}`}>
          <CheckboxField label={t('tester.form.reply')} {...form.register('reply')} />
        </div>
        <TextField
          label={t('tester.form.sourceIp')}
          required
          {...form.register('source_ip', deps)}
          error={errors.source_ip?.message}
        />
        <TextField
          label={t('tester.form.sourcePort')}
          inputMode="numeric"
          disabled={!ports}
          hint={ports ? undefined : t('tester.form.portsHint')}
          {...form.register('source_port')}
          error={ports ? errors.source_port?.message : undefined}
        />
        <TextField
          label={t('tester.form.destinationIp')}
          required
          {...form.register('destination_ip', deps)}
          error={errors.destination_ip?.message}
        />
        <TextField
          label={t('tester.form.destinationPort')}
          inputMode="numeric"
          disabled={!ports}
          hint={ports ? undefined : t('tester.form.portsHint')}
          {...form.register('destination_port')}
          error={ports ? errors.destination_port?.message : undefined}
        />
      </div>
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {t('tester.form.submit')}
        </Button>
        <Button onClick={swap}>{t('tester.form.swap')}</Button>
        <Button variant="ghost" onClick={onClear}>
          {t('tester.form.clear')}
        </Button>
      </div>
    </form>
  );
}
