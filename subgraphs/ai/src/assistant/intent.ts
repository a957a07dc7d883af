/** What a question is about, decided by rules (the offline assistant's router). */
export type Intent = 'refused' | 'handover' | 'order_status' | 'policy' | 'comparison' | 'greeting' | 'out_of_scope' | 'discovery';
export type PolicyDocument = 'shipping' | 'returns' | 'payment' | 'privacy';

export interface RoutedQuestion {
  intent: Intent;
  /** Order numbers named in the question (SO-123456). */
  orderNumbers: string[];
  /** "under $100" → 10000. */
  maxPriceMinor?: number;
  /** The policy document the question points at, when one does. */
  policy?: PolicyDocument;
  /** The question is about cancelling, returning or refunding. */
  aboutCancelling: boolean;
}

const ORDER_NUMBER = /\bSO-\d{6}\b/gi;

/** Asking for other people's data, or trying to change the rules: refused whatever follows. */
const REFUSED = [
  /\b(other|another|others'?|someone else'?s?|somebody else'?s?|different|every|all)\s+(customer|user|shopper|account|buyer)s?'?\b/i,
  /\b(someone|somebody|another person|other people|my (friend|neighbou?r|wife|husband|partner)|(his|her|their))('s)?\b.{0,30}\b(order|email|address|account|data|purchase)s?\b/i,
  /\b(customer|user|account)s?\s+(usr_\w+|#?\d+|named|called|with (the )?e-?mail)/i,
  /\busr_\w+/i,
  /[\w.+-]+@[\w-]+\.[\w.]+/,
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instruction|rule|prompt|polic|restriction|guardrail)s?/i,
  /\b(system prompt|developer mode|admin mode|jailbreak|(act as|pretend (you are|to be)|you are now) (an? |the )?(admin|administrator|staff|support agent|database|developer))\b/i,
  /\b(all|every|dump|export)\s+(the\s+)?(orders|emails|customers|users|accounts)\b/i,
  /\b(whose|who (placed|bought|ordered))\b/i,
];
const HANDOVER =
  /\b(human|real person|an agent|a person|representative|someone from support|support team|talk to (support|someone)|speak (to|with)|complain|complaint|damaged|broken|defective|faulty|wrong item|missing item|never arrived|not arrived|lost (package|parcel)|change (my|the) (shipping )?address|support chat|contact support)\b/i;
const ORDERS =
  /\b(my|our|last|latest|recent|previous)\s+(\w+\s+)?(orders?|purchases?|deliver(y|ies)|package|parcel)\b|\border (history|status)\b|\bwhat did i (buy|order)\b|\b(where|when) (is|will) my\b|\btrack(ing)? my\b/i;
const CANCELLING = /\b(cancel|return|refund|send (it )?back|money back)\w*/i;
const POLICIES: [PolicyDocument, RegExp][] = [
  ['privacy', /\b(privacy|personal data|my data|gdpr|password|passwords|stored|store my|keep my|delete my account|cookies?|tracking me)\b/i],
  ['returns', /\b(return|returns|refund|refunds|refunded|cancel\w*|exchange|money back|send (it )?back)\b/i],
  [
    'shipping',
    /\b(ship|shipping|shipped|delivery|deliver|delivers|tracking number|how long|arrive|countr(y|ies)|abroad|international|free shipping|postage|sales tax|tax|out of stock|reserved?|reservation)\b/i,
  ],
  ['payment', /\b(pay|paying|payment|card|cards|visa|mastercard|amex|american express|paypal|charged?|declined|currency|idempotenc\w*|twice)\b/i],
];
const COMPARISON = /\b(compare|comparison|vs\.?|versus|difference between|differences between|which (one )?is (better|cheaper|best)|better than)\b/i;
const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|thanks|thank you)\b[\s!.,]*(there)?[\s!.]*$/i;
const OUT_OF_SCOPE =
  /\b(weather|joke|poem|song|president|election|politic\w*|stock market|bitcoin|crypto|recipe|homework|capital of|translate|python|javascript|write (me )?(a|an|some) (code|essay|story|letter)|meaning of life|horoscope|lottery|football score|sports score|movie|news)\b/i;
const PRICE_CAP = /\b(under|below|less than|cheaper than|up to|max(imum)?|at most)\s*\$?\s*(\d+(?:\.\d{1,2})?)\s*(\$|dollars?|usd)?/i;

/** The policy document with the most distinct keyword hits (earlier documents win ties). */
function policyOf(question: string): PolicyDocument | undefined {
  let best: { document: PolicyDocument; hits: number } | undefined;
  for (const [document, re] of POLICIES) {
    const hits = new Set([...question.matchAll(new RegExp(re.source, 'gi'))].map((m) => m[0].toLowerCase())).size;
    if (hits > (best?.hits ?? 0)) best = { document, hits };
  }
  return best?.document;
}

/** Routes a question by rules, most protective first: refusals, then people, then facts, then the catalogue. */
export function routeQuestion(question: string): RoutedQuestion {
  const orderNumbers = [...new Set((question.match(ORDER_NUMBER) ?? []).map((n) => n.toUpperCase()))];
  const cap = PRICE_CAP.exec(question);
  const base = {
    orderNumbers,
    aboutCancelling: CANCELLING.test(question),
    ...(cap ? { maxPriceMinor: Math.round(Number(cap[3]) * 100) } : {}),
  };
  const policy = policyOf(question);
  const withPolicy = policy ? { ...base, policy } : base;
  if (REFUSED.some((re) => re.test(question))) return { intent: 'refused', ...withPolicy };
  if (HANDOVER.test(question)) return { intent: 'handover', ...withPolicy };
  if (orderNumbers.length || ORDERS.test(question)) return { intent: 'order_status', ...withPolicy };
  if (OUT_OF_SCOPE.test(question)) return { intent: 'out_of_scope', ...withPolicy };
  if (policy) return { intent: 'policy', ...withPolicy };
  if (COMPARISON.test(question)) return { intent: 'comparison', ...withPolicy };
  if (GREETING.test(question)) return { intent: 'greeting', ...withPolicy };
  return { intent: 'discovery', ...withPolicy };
}

/** The two sides of "compare A and B" / "A vs B" (empty when the question does not split in two). */
export function comparisonSides(question: string): string[] {
  const stripped = question
    .replace(/\b(compare|comparison|difference(s)? between|which (one )?is (better|cheaper|best)|the|please)\b/gi, ' ')
    .replace(/[?!.:]/g, ' ');
  const sides = stripped
    .split(/\b(?:vs\.?|versus|and|or|with|to|better than)\b|,/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 1);
  return sides.length >= 2 ? sides.slice(0, 3) : [];
}
