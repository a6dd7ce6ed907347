/**
 * "Reports said DeepSeek had weighed running its inference model on Ascend, but may put that plan
 * on hold": a fact that tells what someone only weighed or considered answers a question about that
 * consideration ("what was Ascend considered for?", "is the Ascend plan still on?", "لأي نموذج
 * كانت تدرسه؟"), not one about what is done or planned ("what does DeepSeek use Huawei chips for?",
 * "what kind of models is it putting on Huawei chips?"), which the facts that tell it answer.
 *
 * Reads a fact's English text and its normalised Arabic, and a question in standard form.
 */

/** Verbs of weighing an option, in a fact's text (not "keeps re-weighing its options", a trait). */
const CONSIDERED = [/(?<!re-)\b(weighed|weighing|considered|considering|mulled|contemplated)\b/i, /(?:^| )(درست|تدرس|فكرت|تفكر)(?= |$)/];

/**
 * What someone was going to do, or had in mind, or something was meant for at first ("what were
 * they going to do with ascend?", "what was ascend originally meant for?", "what did they have in
 * mind for it?", "شو كان بدهم يعملوا؟"، "شو كان مخطط ديب سيك مع اسند؟"): only an option weighed tells it.
 */
const ASKS_INTENDED = [
  // Chat's "gonna" and "finna" hold their "to" ("what was deepseek gonna use ascend for?").
  /\b(was|were) (\w+ ){0,3}((going|planning|thinking|about|meant|supposed|intended) (to|for)|gonna|gunna|finna)\b|\b(wanted|intended|planned) to\b|\b(had|have) in mind\b/,
  // …and "going" read away in standard form: a name or pronoun between "was" and "to" ("what was
  // deepseek [going] to use ascend for?"), not a noun the infinitive qualifies ("what was the reason
  // to…", its type word read away too).
  /\b(was|were) (?!(?:the|a|an|its|their|this|that)\b)(\w+ ){1,2}to \w+/,
  /(?:^| )(كان|كانت|كانوا) (\S+ ){0,2}(بد|بده|بدها|بدهم|يريد|تريد|يريدون|ناوي|ناويه|ناويين|تنوي|ينوي|عايز|عايزه|عايزين|حابه|حابين|ودها|ودهم|مخطط|مخططه|مخططين|مقرر|مقرره|المفروض|باغي|باغيه|باغا|باغ|باغين|باغيين)(?= |$)/,
];
/**
 * A question about a consideration: weighing or thinking of it, the plan itself, whether it is on
 * hold or turned back from, or what someone was going to do ("شو كان بدهم يعملوا بمعالج Ascend؟").
 */
const ASKS_CONSIDERED = [
  /\b(consider|considers|considered|considering|weigh|weighs|weighed|weighing|think(ing)? (about|of)|thought (about|of)|mull\w*|contemplat\w*|on hold|still on|shelve[sd]?|shelving|u ?turn|step(ping)? back|back(ing|ed)? out|backtrack\w*|(the|that|this|its|their|ascend|inference|reasoning) plans?)\b/,
  /(?:^| )(درست|تدرس|تدرسه|يدرس|دراسه|فكرت|تفكر|يفكر|خطه|الخطه|خطتها|تجمد|تجميد|جمدت|معلقه|علقت|تراجع|تراجعت|التراجع)(?= |$)/,
  ...ASKS_INTENDED,
];

/** Whether a fact's texts tell of an option only weighed. */
export const tellsConsidered = (texts: readonly string[]): boolean => texts.some((text) => CONSIDERED.some((pattern) => pattern.test(text)));

/** Whether a question (standard form) asks about weighing an option, or the plan weighed. */
export const asksConsidered = (standard: string): boolean => ASKS_CONSIDERED.some((pattern) => pattern.test(standard));

/** Whether a question (standard form) asks what someone was going to do: the facts that tell what is done are beside it. */
export const asksIntended = (standard: string): boolean => ASKS_INTENDED.some((pattern) => pattern.test(standard));
