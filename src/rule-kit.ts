/**
 * What every jiaodui rule shares: its message catalogue (zh-CN and English),
 * and one `report` that turns a finding into a textlint RuleError.
 *
 * A finding's safe repair rides on textlint's `fix` (so `textlint --fix` applies
 * it too); unsafe alternatives ride on textlint's `suggestions`. The report
 * contract's extra fields (category, severity, confidence, related locations)
 * travel in the reported object's `jiaodui` field, which the kernel hands back
 * as `message.data`; src/engine/findings.ts reads it.
 */
import { extname } from "node:path";
import type { TxtNode } from "@textlint/ast-node-types";
import type { TextlintRuleContext, TextlintRuleModule, TextlintRuleReporter } from "@textlint/types";
import { SYNTAX_PROPERTY, syntaxOf } from "./doc/blocks.js";
import { chooseSyntax, parseDocument } from "./plugin.js";
import type { Category, Locale, Severity } from "./report/categories.js";
import { isLocale } from "./report/categories.js";

export interface MessageSpec {
  category: Category;
  /** Severity when the finding does not set its own. */
  severity: Severity;
  /** Templates with `{name}` placeholders. */
  zh: string;
  en: string;
}

export type Catalogue = Record<string, MessageSpec>;
export type Params = Record<string, string | number>;

export function formatMessage(catalogue: Catalogue, messageId: string, params: Params, locale: Locale): string {
  const spec = catalogue[messageId];
  if (!spec) throw new Error(`unknown message id ${messageId}`);
  const template = locale === "en" ? spec.en : spec.zh;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Options every jiaodui rule understands, besides its own. */
export interface CommonOptions {
  /** Message language: "zh-CN" (default) or "en". */
  locale?: Locale;
}

export function localeOf(options: CommonOptions | undefined): Locale {
  return isLocale(options?.locale) ? options.locale : "zh-CN";
}

export interface FindingInput {
  messageId: string;
  params?: Params;
  /** [start, end) absolute offsets into the document text. */
  range: readonly [number, number];
  confidence: number;
  severity?: Severity;
  /** A safe repair, applied by --fix. Absolute offsets. */
  fix?: { range: readonly [number, number]; text: string };
  /** Unsafe alternatives for a human to choose from. */
  suggestions?: { messageId: string; params?: Params; range: readonly [number, number]; text: string }[];
  /** Other places that explain the finding (where a fragment belongs…). */
  related?: { messageId: string; params?: Params; range: readonly [number, number] }[];
}

/** The `jiaodui` field of a reported object, read back by the engine. */
export interface FindingData {
  messageId: string;
  category: Category;
  severity: Severity;
  confidence: number;
  related: { message: string; range: [number, number] }[];
  suggestionIds: string[];
}

export interface Reporter {
  (finding: FindingInput, node?: TxtNode): void;
  readonly locale: Locale;
  message(messageId: string, params?: Params): string;
}

/**
 * Build the reporter a rule uses. Offsets are absolute; they are made relative
 * to `node` (the document root by default) as textlint expects.
 */
export function createReporter(context: TextlintRuleContext, catalogue: Catalogue, options: CommonOptions | undefined, root: TxtNode): Reporter {
  const locale = localeOf(options);
  const message = (messageId: string, params: Params = {}) => formatMessage(catalogue, messageId, params, locale);
  const report = (finding: FindingInput, node: TxtNode = root) => {
    const spec = catalogue[finding.messageId];
    if (!spec) throw new Error(`unknown message id ${finding.messageId}`);
    const base = node.range[0];
    const relative = (range: readonly [number, number]) => [range[0] - base, range[1] - base] as const;
    const data: FindingData = {
      messageId: finding.messageId,
      category: spec.category,
      severity: finding.severity ?? spec.severity,
      confidence: Math.round(finding.confidence * 1000) / 1000,
      related: (finding.related ?? []).map((r) => ({ message: message(r.messageId, r.params), range: [r.range[0], r.range[1]] })),
      suggestionIds: (finding.suggestions ?? []).map((s) => s.messageId),
    };
    context.report(node, {
      message: message(finding.messageId, finding.params),
      padding: context.locator.range(relative(finding.range)),
      fix: finding.fix ? context.fixer.replaceTextRange(relative(finding.fix.range), finding.fix.text) : undefined,
      suggestions: finding.suggestions?.map((s, i) => ({
        id: `${s.messageId}-${i}`,
        message: message(s.messageId, s.params),
        fix: context.fixer.replaceTextRange(relative(s.range), s.text),
      })),
      jiaodui: data,
    });
  };
  return Object.assign(report, { locale, message });
}

/** What a document-level rule sees: the root node, its text, its reporter and options. */
export interface DocumentCheck<Options extends CommonOptions> {
  node: TxtNode;
  /** The whole document text: offsets into it are the absolute offsets `report` takes. */
  text: string;
  report: Reporter;
  options: Options;
  context: TextlintRuleContext;
}

/**
 * A jiaodui rule: one check over the whole document, as every rule here is
 * (artefacts cross node boundaries: paragraphs, pages, tables). Fixable rules
 * get textlint's `{ linter, fixer }` shape, others a plain reporter.
 */
export function documentRule<Options extends CommonOptions>(
  meta: { fixable: boolean },
  catalogue: Catalogue,
  check: (document: DocumentCheck<Options>) => void,
): TextlintRuleModule<Options> {
  const reporter: TextlintRuleReporter<Options> = (context, options) => ({
    [context.Syntax.Document](node: TxtNode) {
      const text = context.getSource(node);
      const root = documentRoot(node, text, context.getFilePath());
      check({ node: root, text, report: createReporter(context, catalogue, options, node), options: (options ?? {}) as Options, context });
    },
  });
  return meta.fixable ? { linter: reporter, fixer: reporter } : reporter;
}

const reparsed = new WeakMap<TxtNode, TxtNode>();

/**
 * The tree the rules read. Under the textlint CLI the jiaodui plugin never
 * parses .md or .txt: textlint puts its built-in plugins before any
 * configured one and gives each file to the first that claims its extension.
 * Its Markdown tree is the jiaodui plugin's; but its text plugin reads a .txt
 * file in Markdown (the bundled sample) as prose, where headings and tables
 * become artefacts. Such a file is parsed again as jiaodui would, once per
 * document for all rules, so textlint and `jiaodui lint` report the same.
 */
function documentRoot(node: TxtNode, text: string, filePath: string | undefined): TxtNode {
  if (SYNTAX_PROPERTY in node || syntaxOf(node) !== "text") return node;
  if (chooseSyntax(text, filePath ? extname(filePath) : "") !== "markdown") return node;
  let root = reparsed.get(node);
  if (!root) reparsed.set(node, (root = parseDocument(text, "markdown")));
  return root;
}
