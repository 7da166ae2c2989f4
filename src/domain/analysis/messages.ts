/**
 * The analysis' words as message descriptors (docs/architecture.md, "Languages"): the analysis,
 * the matcher and the capture readers say what they found as an id and typed parameters, never
 * as English; the console renders a descriptor in the chosen language from the `results` area
 * (`results.<id>`). A parameter is a plain value (a name, an address, a number), another
 * descriptor (a rule's name inside a finding), or a list of them, joined as the language joins
 * lists.
 */

/** Every message the analysis, the matcher and the capture readers produce. */
export const ANALYSIS_MESSAGE_IDS = [
  // Names and phrases used inside the sentences below.
  'direction.word',
  'direction.label',
  'direction.either',
  'rule.summary',
  'rule.from',
  'rule.to',
  'rule.any',
  'summary.port',
  'summary.ports',
  'rule.name',
  'rule.nameStart',
  'session.name',
  'session.nameStart',
  'session.quoted',
  'interface.named',
  'interface.namedStart',
  'interface.withAddresses',
  'target.named',
  'target.unnamed',
  // Filter findings.
  'finding.shadowed.same',
  'finding.shadowed.all',
  'finding.shadowed.some',
  'finding.redundant',
  'finding.matchesNothing',
  'empty.type',
  'empty.protocol',
  'empty.cidr',
  'empty.portRange',
  'empty.ports',
  'finding.copiesNothing.noRule',
  'finding.copiesNothing.noAccept',
  'finding.copiesNothing.deadAccepts',
  // Findings about the packets the sources carry.
  'badge.neverCarried',
  'badge.droppedBeforeMirroring',
  'finding.neverCarried.family',
  'finding.neverCarried.cidr',
  'cause.networkAcl',
  'cause.securityGroups',
  'finding.dropped',
  'note.reply',
  'copy.neverCarried',
  'copy.dropped',
  'copy.itsAddress',
  // Sessions sharing a source.
  'finding.neverReceives',
  'finding.overlap',
  'copy.copies',
  'copy.wouldCopy',
  'copy.doesNotCopy',
  'copy.wouldNotCopy',
  // A session's analysis lines.
  'badge.copies',
  'badge.copiesNothing',
  'badge.neverReceives',
  'badge.overlap',
  'line.copies',
  'context.source',
  'context.direction',
  'context.rule',
  'context.overlap',
  'context.copiedFrom',
  // Example packets that cannot be found.
  'example.unknownRule',
  'example.unknownRuleInRegion',
  'example.unknownSession',
  'example.notASource',
  'example.disabled',
  'example.preempted',
  'example.copiesNothing',
  'example.sourcesCarryNone',
  'example.sourceCarriesNone',
  // The packet tester's trace: the first condition of a rule that failed.
  'condition.field',
  'condition.unknown',
  'condition.wants',
  'condition.invalidCidr',
  'condition.family',
  'condition.notIn',
  'condition.invalidRange',
  'condition.noPorts',
  // Step 1 (the source's network ACL and security group) and the copy's delivery.
  'admission.outbound',
  'admission.notInInventory',
  'admission.aclDropsByRule',
  'admission.aclDropsNoRule',
  'admission.reply',
  'admission.noSecurityGroup',
  'admission.allowed',
  'admission.groupDropsByRule',
  'admission.groupDropsNoRule',
  'delivery.targetUnknown',
  'delivery.noSourceAddress',
  'delivery.noTargetAddress',
  'delivery.aclDropsByRule',
  'delivery.aclDropsNoRule',
  'delivery.aclAllows',
  'delivery.groupDropsByRule',
  'delivery.groupDropsNoRule',
  'delivery.allowed',
  // Capture files: what is wrong, and what to do.
  'capture.error',
  'capture.advice.EMPTY_FILE',
  'capture.advice.NOT_A_CAPTURE',
  'capture.advice.UNSUPPORTED_VERSION',
  'capture.advice.TRUNCATED_HEADER',
  'capture.advice.TRUNCATED_RECORD',
  'capture.advice.CORRUPT_RECORD',
  'capture.empty',
  'capture.gzip',
  'capture.zip',
  'capture.tooShort',
  'capture.unknownMagic',
  'capture.pcap.noMagic',
  'capture.pcap.shortHeader',
  'capture.pcap.version',
  'capture.pcap.recordHeaderCut',
  'capture.pcap.overSnapshot',
  'capture.pcap.recordCut',
  'capture.pcapng.noSection',
  'capture.pcapng.shortHeader',
  'capture.pcapng.blockCut',
  'capture.pcapng.blockLength',
  'capture.pcapng.blockTooLong',
  'capture.pcapng.blockPastEnd',
  'capture.pcapng.blockEnd',
  'capture.pcapng.sectionCut',
  'capture.pcapng.byteOrder',
  'capture.pcapng.version',
  'capture.pcapng.interfaceShort',
  'capture.pcapng.packetShort',
  'capture.pcapng.unknownInterface',
  'capture.pcapng.packetTooLong',
] as const;

/** The id of one analysis message; its words are `results.<id>` in each language. */
export type AnalysisMessageId = (typeof ANALYSIS_MESSAGE_IDS)[number];

/** A value inside a message: plain, another message, or a list of them. */
export type AnalysisParam =
  string | number | AnalysisMessage | readonly (string | number | AnalysisMessage)[];

/** A message to show: its id and the values of its arguments. */
export interface AnalysisMessage {
  id: AnalysisMessageId;
  params?: Readonly<Record<string, AnalysisParam>>;
}

/**
 * A message descriptor, written the short way.
 *
 * @example message('rule.name', { priority: 3, summary }) // { id: 'rule.name', params: { priority: 3, summary } }
 */
export function message(id: AnalysisMessageId, params?: Record<string, AnalysisParam>): AnalysisMessage {
  return params ? { id, params } : { id };
}

/** The word for a direction inside a sentence (inbound, outbound). */
export const directionWord = (direction: string): AnalysisMessage => message('direction.word', { direction });
