/**
 * English messages of the `settings` area: the Settings page. Loaded with its page (docs/architecture.md, "Languages").
 * Every id starts with `settings.`; add it here and in zh-cn.ts together.
 */
export const messages = {
  'settings.title': 'Settings',
  'settings.descriptionCloud':
    "The region's project and quotas, and the connection to the cloud this console runs against.",
  'settings.descriptionDemo':
    "The region's project and quotas, and the controls of the demo cloud this console runs against.",
  'settings.cancel': 'Cancel',
  'settings.project.title': 'Project',
  'settings.project.region': 'Region',
  'settings.project.id': 'Project ID',
  'settings.project.description': 'Description',
  'settings.connection.title': 'Connection',
  'settings.connection.cloud': 'Cloud',
  'settings.connection.endpoint': 'Endpoint',
  'settings.connection.account': 'Account (access key)',
  'settings.connection.noAccount': 'Not given',
  'settings.connection.changes': 'Changes',
  'settings.connection.readOnly': 'Read-only: every change is refused',
  'settings.connection.allowed': 'Allowed',
  'settings.connection.howTo':
    'To change them, stop {command} and start it again with other environment variables:',
  'settings.connection.accountVariables':
    '{ak} and {sk} (and {token} for temporary credentials): the account;',
  'settings.connection.endpointVariable':
    '{variable}: one base address for every service (leave it out for Huawei Cloud itself);',
  'settings.connection.readOnlyVariable': '{variable} to refuse every change; leave it out to allow changes.',
  'settings.connection.then': 'Then open the new access link it prints.',
  'settings.quotas.title': 'Quotas',
  'settings.quotas.what': 'quotas',
  'settings.quotas.table': 'Traffic Mirroring quotas',
  'settings.quotas.quota': 'Quota',
  'settings.quotas.usage': 'Usage',
  'settings.quotas.usedLimit': 'Used / limit',
  'settings.quotas.adjustable': 'Adjustable',
  'settings.quotas.yes': 'Yes',
  'settings.quotas.no': 'No',
  'settings.quotas.raiseLabel': 'Raise mirror sources per session to',
  'settings.quotas.raiseHint': 'Now {current}. The only adjustable quota: from {floor} to {limit}.',
  'settings.quotas.raise': 'Raise quota',
  'settings.quotas.notRaised': 'Not raised',
  'settings.quotas.raised':
    '{raised, select, true {Mirror sources per session raised to {value}.} other {Mirror sources per session set to {value}.}}',
  'settings.faults.title': 'Fault injection',
  'settings.faults.what': 'settings',
  'settings.faults.body':
    'Every API answer waits a random time between the two latencies, and the given share of calls to the failing paths fails with 503 (TM.0503) before changing anything. Administration calls are never slowed or failed.',
  'settings.faults.latencyMin': 'Shortest latency (ms)',
  'settings.faults.latencyMax': 'Longest latency (ms)',
  'settings.faults.rate': 'Failure rate (%)',
  'settings.faults.paths': 'Failing API paths',
  'settings.faults.pathsHint':
    'A pattern of the whole path, * for any characters (/v1/*/ports, *-sessions); empty for every path.',
  'settings.faults.notSaved': 'Not saved',
  'settings.faults.save': 'Save fault injection',
  'settings.faults.saved': 'Fault injection settings saved.',
  'settings.demo.title': 'Demo data',
  'settings.demo.resetBody':
    "Put back the demo estate of every region: servers, interfaces, load balancers, the document's example filter and session. Everything created since is removed.",
  'settings.demo.reset': 'Reset demo data',
  'settings.demo.restored': 'The demo data was restored.',
  'settings.demo.restoreFailed': 'The demo data could not be restored: {message}',
  'settings.demo.fill':
    'Fill {project} to its quota: {count, number} mirror sessions with the interfaces, filters and load balancers they need. Its current sessions and filters are replaced.',
  'settings.demo.load': 'Load large data set',
  'settings.demo.loaded':
    '{count, plural, one {Loaded # session in {seconds} s.} other {Loaded # sessions in {seconds} s.}}',
  'settings.demo.loadFailed': 'The large data set could not be loaded: {message}',
  'settings.demo.resetTitle': 'Reset the demo data?',
  'settings.demo.loadTitle': 'Load the large data set?',
  'settings.demo.loadConfirm': 'Load {count, number} sessions',
  'settings.demo.resetConfirmBody':
    'Every region goes back to the demo data. Sessions, filters and rules created since are deleted. Fault injection settings are kept.',
  'settings.demo.loadConfirmBody':
    'The mirror sessions, filters and rules of {project} are replaced by {count, number} generated sessions.',
  'settings.progress.label': 'Loading the large data set',
  'settings.progress.writing': 'Writing {written, number} of {total, number} rows ({percent, number} %)…',
  'settings.progress.preparing': 'Preparing {count, number} sessions…',
  'settings.transfer.body':
    'Save the whole demo cloud (every region, settings included) to a JSON file, or replace it with such a file.',
  'settings.transfer.export': 'Export to JSON',
  'settings.transfer.import': 'Import from JSON',
  'settings.transfer.file': 'JSON file to import',
  'settings.transfer.exportFailed': 'The export failed: {message}',
  'settings.transfer.notJson': 'This is not a JSON file. Choose a file made by "Export to JSON".',
  'settings.transfer.imported': 'Imported {file}.',
  'settings.import.refused': 'Import refused',
  'settings.import.refusedFile': '{file} was refused:',
  'settings.import.refusal': '{file}: {message}',
  'settings.import.problems': 'Problems in the file',
  'settings.import.where': 'In the file: {field}',
  'settings.import.unchanged': 'Nothing was changed.',
} as const;
