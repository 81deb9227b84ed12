/**
 * Parse the UN Security Council Consolidated List XML into plain records (no mapping decisions here).
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { excerpt, wrongFormat } from '../wrong-format.ts';

/** One `<INDIVIDUAL>` or `<ENTITY>` of the list, with only the fields the importer uses. */
export interface UnRecord {
  kind: 'INDIVIDUAL' | 'ENTITY';
  dataId: string;
  ref: string;
  listType: string;
  /** FIRST_NAME … FOURTH_NAME, empty ones left out. */
  nameParts: string[];
  aliases: { quality: string; name: string }[];
  listedOn: string;
}

/** The parsed list: snapshot date from the root attribute, and the records in file order. */
export interface UnList {
  dateGenerated: string;
  records: UnRecord[];
}

const ARRAYS = new Set(['INDIVIDUAL', 'ENTITY', 'INDIVIDUAL_ALIAS', 'ENTITY_ALIAS', 'VALUE']);

type Node = Record<string, unknown>;

const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : '');

function toRecord(kind: UnRecord['kind'], n: Node): UnRecord {
  const aliasKey = kind === 'INDIVIDUAL' ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  const aliases = ((n[aliasKey] as Node[] | undefined) ?? []).map((a) => ({
    quality: text(a.QUALITY),
    name: text(a.ALIAS_NAME),
  }));
  return {
    kind,
    dataId: text(n.DATAID),
    ref: text(n.REFERENCE_NUMBER),
    listType: text(n.UN_LIST_TYPE),
    nameParts: ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map((k) => text(n[k])).filter((s) => s !== ''),
    aliases: aliases.filter((a) => a.name !== ''),
    listedOn: text(n.LISTED_ON),
  };
}

/**
 * Parse consolidated.xml text.
 * @param xml file contents
 * @param file path for error messages
 * @returns snapshot date and records (individuals first, then entities, each in file order)
 * @throws TanzeemError IMPORT_WRONG_FORMAT when the text is not XML or its root is not CONSOLIDATED_LIST
 */
export function parseUnXml(xml: string, file: string): UnList {
  const body = xml.replace(/^\uFEFF/, '');
  const expected = 'UN consolidated list XML (root <CONSOLIDATED_LIST>)';
  const fix = 'pass data/un-sc-consolidated/consolidated.xml (https://scsanctions.un.org/resources/xml/en/consolidated.xml)';
  if (!body.trimStart().startsWith('<')) throw wrongFormat(file, expected, `text starting ${excerpt(body)}`, fix, 1);
  const valid = XMLValidator.validate(body);
  if (valid !== true) throw wrongFormat(file, expected, `malformed XML: ${valid.err.msg}`, fix, valid.err.line);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => ARRAYS.has(name),
  });
  const doc = parser.parse(body) as Node;
  const root = doc.CONSOLIDATED_LIST as Node | undefined;
  if (!root || typeof root !== 'object') {
    const rootName = Object.keys(doc).find((k) => k !== '?xml') ?? 'nothing';
    throw wrongFormat(file, expected, `root element <${rootName}>`, fix, 1);
  }
  const inds = ((root.INDIVIDUALS as Node | undefined)?.INDIVIDUAL as Node[] | undefined) ?? [];
  const ents = ((root.ENTITIES as Node | undefined)?.ENTITY as Node[] | undefined) ?? [];
  return {
    dateGenerated: text(root['@dateGenerated']),
    records: [...inds.map((n) => toRecord('INDIVIDUAL', n)), ...ents.map((n) => toRecord('ENTITY', n))],
  };
}
