import type { Language } from '../domain/vocabulary.ts';
import { COMMON_CAPITALISED } from './lexicon.ts';

/**
 * Where a name no cue has typed reads as a place: a town, a district, a business park named by a news story only for
 * where a company stands ("its Dunboyne campus", "in Port Melbourne", "Hamilton software firm Scoria", "la start-up de
 * Valbonne"). A company told of this way is the story's subject elsewhere, by its own name.
 */
interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A place's name: capitalised words, joined by spaces, hyphens or a place's small words ("Port Melbourne", "St Peter
 * Port", "Raon-l'Étape", "Villeneuve-d'Ascq", "La Seyne-sur-Mer"), four words at most.
 */
const PLACE_NAME =
  /^\p{Lu}\p{Ll}+(?:(?:[- ]|-[ld]['’]|\s[ld]['’])(?:\p{Lu}\p{Ll}+|(?:sur|sous|en|lès|lez|le|la|les|de|du|des|aux?|et|on|upon)(?=[- ]\p{Lu}|-\p{L}))){0,3}$/u;

/** A business's word inside a name ("Percheron Data", "Pliocene Cooling", "Hermelin Cloud"): no place's. */
const TRADE_WORD =
  /(?<![\p{L}])(?:Data|Datacenters?|Cloud|Digital|Numérique|Systems?|Systèmes|Tech|Technologies|Networks?|Réseaux|Health|Santé|Cyber|Security|Sécurité|Secure|Hosting|Cooling|Labs?|Software|Logiciels?|Informatique|Solutions|Services|Capital|Ventures|Partners|Invest|Finance|Energy|Énergies?|Compute|Computing|AI|IA|Robotics|Analytics|Logistics|Logistique|Media|Médias|Telecom|Consulting|Conseil|Edge|Infra\p{L}*|Bio\p{L}*|Pharma|Holding|Participations|Bank|Banque|Colo|Colocation|Industries|Engineering|Ingénierie|Power|Connect|Shield|Sentinel|Works)(?![\p{L}])/u;

/** A parish or a town named by its saint, which English writes with a possessive ("St Sampson's"). */
const SAINT = /^(?:St|Saint|Sainte|San|Santa)\s/u;

/**
 * Adjectives that open a description capitalised ("Public sector lender X", "Sovereign cloud startup X"; the trade's
 * own words are `TRADE_WORD`).
 */
const DESCRIBING_WORD =
  /^(?:Public|Sovereign|State|National|Federal|Private|Local|Regional|Global|Digital|Green|Independent|Leading|Major|Listed|Family|Domestic|Foreign|Municipal|Provincial|Rural|Urban|Central|Northern|Southern|Eastern|Western|Island|Fintech|Defence|Defense)$/u;
const placeShaped = (name: string) =>
  PLACE_NAME.test(name) &&
  !TRADE_WORD.test(name) &&
  !DESCRIBING_WORD.test(name) &&
  !COMMON_CAPITALISED.en.has(name.toLowerCase()) &&
  !COMMON_CAPITALISED.fr.has(name.toLowerCase());

/** A site's noun after a place's name: "its Dunboyne campus", "the Kemsley site", "the company's Attercliffe works". */
const SITE_AFTER =
  /^\s+(?:(?:data|AI|research|storage|compute|main|new|second|first)\s+)?(?:site|campus|facility|facilities|base|office|offices|headquarters|plant|works|premises|hub|build|warehouse|factory|data\s+cent(?:re|er))(?![\p{L}])/u;
/** What owns that site: a possessive or an article ("its", "the company's", "Scoria's", "the"). */
const SITE_OWNER_BEFORE = /(?:^|[^\p{L}])(?:its|their|his|her|our|the|an?|[\p{L}]+['’]s)\s+$/iu;

/**
 * A place's name modifying a business's noun, and the business named after it or the name opening the line: "Hamilton
 * software firm Scoria", "the Wellington investment firm Halite", "Baltic Triangle tech firm to create 50 jobs". Not
 * an owner's noun ("Google parent company Alphabet", "Siemens subsidiary Mendix").
 */
const BUSINESS_NOUN =
  '(?:firm|company|start-?up|operator|developer|maker|provider|investor|business|outfit|agent|manufacturer|specialist|consultancy|lender|integrator)';
/** A modifier word: not a function word or a verb's auxiliary ("picked Cantalis to host…", "X and other firms"). */
const MODIFIER =
  '(?:(?!(?:to|will|would|can|could|may|might|should|must|and|or|but|is|was|are|were|has|had|have|which|who|that|the|a|an|of|in|on|at|for|with|by|from|as|its|their|also|then|now|not|other|another|said|says)\\s)[\\p{Ll}-]+\\s+)';
/** An owner's noun: "Google parent company Alphabet", "Siemens subsidiary Mendix" name no place. */
const NOT_OWNER = '(?!(?:parent|sister|holding|owner|subsidiary|unit|arm|division)\\s)';
const MODIFIES_BUSINESS_NAMED = new RegExp(`^\\s+${NOT_OWNER}${MODIFIER}{0,3}${BUSINESS_NOUN}\\s+\\p{Lu}`, 'u');
const MODIFIES_BUSINESS = new RegExp(`^\\s+${NOT_OWNER}${MODIFIER}{1,3}${BUSINESS_NOUN}(?![\\p{L}])`, 'u');
const OPENS_LINE = /(?:^|\n)(?:(?:a|an|the)\s+)?$/iu;

/**
 * A preposition of place before a name: "in Port Melbourne", "at Little Island", "near Reykjavík", "on the outskirts
 * of Bridgend", "in the city's Titanic Quarter"; not what is held or funded ("a stake in X", "invested in X").
 */
const EN_PLACE_BEFORE =
  /(?<![\p{L}])(?:in|at|near|outside|around|across|throughout|(?:edge|outskirts|heart)\s+of|(?:operator|firm|company|start-?up|business)\s+from)\s+(?:the\s+)?(?:(?:city|town|county|island|area|region|borough|district)['’]s\s+)?$/iu;
// (and an amount put in a name: "put $5 million in Ochre", "$2m in Tarrow last year" is an investment)
const NOT_PLACE_IN =
  /(?:million|billion|bn|[\d.,]+\s?(?:m|bn)|shares|stake|holding|interest|invest(?:ed|s|ing|ment)?|participation|parts|role|job|jobs|work(?:s|ed|ing)?|engineers?|staff|employees?|hosted|stored|customers?|clients?|look\p{L}*|aim\p{L}*|targets?|targeting|shareholders?|investors?|backers?|owners?|partners?|members?)\s+(?:in|at)\s+(?:the\s+)?$/iu;
/** Where a person worked ("a former finance chief at Okta", "who ran infrastructure at Criteo"): an employer. */
const WORKED_AT =
  /(?<![\p{L}])(?:work\p{L}*|ran|runs?|running|chief|head|director|manager|engineer|officer|executive|CEO|CTO|CFO|COO|founder|former|formerly|previously|job|role|career|spent|years|stint|joined|employee|staff|team|analyst|partner|researcher|scientist|lead|vice|president|intern|consultant)(?![\p{L}])[^.!?\n]*\sat\s+(?:the\s+)?$/iu;
/** What follows a place rather than a name's own words: an end, a preposition, a date, a relative. */
const EN_PLACE_AFTER =
  /^(?:\s*[,.;:)!?]|\s*$|\s+(?:and|near|outside|since|from|with|which|where|in\s+\d|in\s+(?:the\s+)?(?:north|south|east|west)|to|for|by|on|has|had|is|was|last|this|next)(?![\p{L}]))/u;

/**
 * French: a site's, a company's or a town's noun and "de" before a name: "son campus de Vitrolles", "ses deux centres
 * de données de Carquefou", "la start-up de Valbonne", "un petit intégrateur de Païta", "la firme de cybersécurité de
 * Québec", "la mairie de Provins", "le quartier de Magenta".
 */
const FR_PLACE_NOUN =
  '(?:quartier|zone|commune|ville|mairie|maire|hôpital|hôpitaux|centre hospitalier|CHU|marché|port|aéroport|technopole|pépinière|start-?up|jeune pousse|PME|ETI|société|entreprise|hébergeur|éditeur|intégrateur|transporteur|firme|fabricant|habitants|élus|agglomération|tribunal|préfecture|notaire)';
/** A site's noun: "de X" after it is a place after a possessive ("son campus de Vitrolles"), an owner after "le". */
const FR_SITE_NOUN = '(?:sites?|campus|centres?|datacenters?|usines?|entrepôts?|bureaux|locaux|ligne)';
const FR_NOUN_COMPLEMENT = `(?:\\s+(?:de|d['’]|du|des)\\s*[\\p{Ll}-]+|\\s+[\\p{Ll}-]+){0,2}\\s+(?:de|d['’])\\s*$`;
const FR_PLACE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:la|le|les|l['’]|son|sa|ses|leurs?|une?|des|du|au|aux)\\s*(?:[\\p{Ll}-]+\\s+){0,2}?${FR_PLACE_NOUN}|(?:son|sa|ses|leurs?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${FR_SITE_NOUN})${FR_NOUN_COMPLEMENT}`,
  'iu',
);
/**
 * "exploite à Saint-Denis un centre", "recrute à Quimperlé", "son usine à Rodez": "à" after a verb or a noun of where a
 * firm stands, works or opens (after other verbs "à" names whom something is given, inflicted or compared to).
 */
const FR_PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:install|bas|implant|situ|établi|localis|exploit|recrut|ouvr|ouvert|inaugur|emploi|site|centre|usine|bureaux|locaux|siège|campus|datacenter|fond|cré|né|déménag)\p{L}*(?:\s+(?!à)[^\s.!?]+){0,5}\s+(?:à|près\s+de|près\s+d['’])\s*$/iu;
const FR_PLACE_AFTER =
  /^(?:\s*[,.;:)!?]|\s*$|\s+(?:et|près|depuis|en|où|qui|dans|pour|sur|avec|par|un|une|des|le|la|les|l['’]|\()(?![\p{L}]))/u;
/**
 * A French headline's kicker ("Guyancourt : Cèpe Numérique inaugure…", "Atos : le bénéfice recule"): a town's or the
 * company's, so it counts neither way.
 */
const kicker = (text: string, m: Mention) =>
  (m.start === 0 || text[m.start - 1] === '\n') && /^\s:\s/u.test(text.slice(m.end, m.end + 3));

/** Whether this mention reads as a place. */
function readsAsPlace(text: string, m: Mention, language: Language): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  // ("Scoria's office" owns; "St Sampson's", a parish named by its saint, is the place itself)
  const possessive = /^['’]s(?![\p{L}])/u.test(text.slice(m.end, m.end + 3));
  if (possessive && !SAINT.test(m.text)) return false;
  const after = text.slice(possessive ? m.end + 2 : m.end, m.end + 60);
  if (MODIFIES_BUSINESS_NAMED.test(after) || (MODIFIES_BUSINESS.test(after) && OPENS_LINE.test(before))) return true;
  if (language === 'en') {
    if (SITE_AFTER.test(after) && SITE_OWNER_BEFORE.test(before)) return true;
    return (
      EN_PLACE_BEFORE.test(before) &&
      !NOT_PLACE_IN.test(before) &&
      !WORKED_AT.test(before) &&
      EN_PLACE_AFTER.test(after)
    );
  }
  if (FR_PLACE_BEFORE.test(before)) return true;
  return FR_PREPOSITION_BEFORE.test(before) && FR_PLACE_AFTER.test(after);
}

/**
 * A name told elsewhere as who pays, awards or buys, or as what is bought ("raised $12 million from Bramble", "won a
 * contract from Ellery", "was bought by Halvard", "acquired Quarrow", "partnered with Ravelin", "a levé 5 millions
 * d'euros auprès de Kerlys", "a installé ses serveurs chez Kerlys"): a company ("its Quarrow office" after "acquired
 * Quarrow" is the office it bought), whatever a second mention reads as ("an office at Bramble, the investor's hub",
 * "Halvard cloud business Corvane", "Halvard software company Brisk": an owner's or a backer's name before its
 * business's noun).
 */
const AGENT_BEFORE =
  /(?<![\p{L}])(?:(?:rais\p{L}*|secur\p{L}*|million|billion|bn|led|backed|funded|financed|bought|acquired|owned|invest\p{L}*|funding|round|contract|deal|order|grant|loan|won|awarded|chosen|picked|selected|hired)\s+(?:by|from)|(?:partner\p{L}*|teamed\s+up|signed|agreement|alliance|merg\p{L}*|compet\p{L}*)\s+with|auprès\s+(?:de|d['’]|du)|chez|(?:rachet|acquis|détenu|financ|soutenu|men)\p{L}*\s+par)\s*(?:the\s+)?$/iu;
const BOUGHT_BEFORE =
  /(?<![\p{L}])(?:acquir\p{L}*|bought|buys?|buying|took\s+over|takeover\s+of|acquisition\s+of|racheté|rachète|racheter|acquiert|acquérir|rachat\s+de|acquisition\s+de)\s*(?:the\s+)?$/iu;
// (what is bought only when the name ends its phrase: "acquired Quarrow for N", not "buys Peel software house" nor
// "agreed to buy Tullow software firm Skerrin", where the name tells the business's place)
const BOUGHT_AFTER = /^(?:\s*[,.;:)!?]|\s*$|\s+(?:for|pour|in|en|from|and|et|last|this|on|at|à)(?![\p{L}]))/u;
export const toldAsAgent = (text: string, m: Mention) => {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (MODIFIES_BUSINESS_NAMED.test(after)) return false;
  return AGENT_BEFORE.test(before) || (BOUGHT_BEFORE.test(before) && BOUGHT_AFTER.test(after));
};

/**
 * A name that no cue typed, read as a place when it is shaped like one and at least half of its mentions read as a
 * place (a company is named as a subject elsewhere in its story; a town, when it is the subject, is so once).
 */
export function readsAsPlaceName(text: string, mentions: readonly Mention[], language: Language): string | undefined {
  if (!mentions.length || !mentions.every((m) => placeShaped(m.text))) return undefined;
  if (mentions.some((m) => toldAsAgent(text, m))) return undefined;
  const told = mentions.filter((m) => !kicker(text, m));
  const placed = told.filter((m) => readsAsPlace(text, m, language));
  if (!placed.length || placed.length * 2 < told.length) return undefined;
  const m = placed[0]!;
  return text.slice(Math.max(0, m.start - 20), m.end).trim();
}

/**
 * The strongest place readings, which outrank a business noun after the name ("A Hamilton company" is not Hamilton's
 * company when the story tells "Hamilton software firm Scoria"): a business named after its place.
 */
export function namesItsBusiness(text: string, mention: Mention): boolean {
  return placeShaped(mention.text) && MODIFIES_BUSINESS_NAMED.test(text.slice(mention.end, mention.end + 60));
}
