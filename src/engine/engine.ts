/**
 * The engine: builds the textlint kernel descriptor from jiaodui's own rule
 * registry and configuration, lints one text at a time (no state shared between
 * files), and turns kernel messages into report findings.
 */
import type { TxtDocumentNode } from "@textlint/ast-node-types";
import { TextlintKernel, type TextlintKernelRule } from "@textlint/kernel";
import type { TextlintMessage } from "@textlint/types";
import { findRule, RULE_IDS } from "../../rules/index.js";
import { getBlocks, syntaxOf, type Syntax } from "../doc/blocks.js";
import { documentAt, splitDocuments, type DocumentSpan } from "../doc/documents.js";
import { LineIndex } from "../doc/lines.js";
import { dataFilesReady } from "../data-files.js";
import { ConfigError, UsageError } from "../errors.js";
import { MARKDOWN_EXTENSIONS, plugin, TEXT_EXTENSIONS, type ParserChoice } from "../plugin.js";
import type { Locale, Severity } from "../report/categories.js";
import { fingerprintFor, assignFingerprints } from "../report/fingerprint.js";
import type { Finding } from "../report/types.js";
import type { FindingData } from "../rule-kit.js";
import { defaultConfig, type JiaoduiConfig, type RuleSetting } from "./config.js";
import { filterFindings } from "./directives.js";
import { fixToFixedPoint, type FixOutcome } from "./fix.js";
import { applyPrecedence } from "./precedence.js";
import { decodeSource, type SourceFile } from "./source.js";

export interface EngineOptions {
  /** Defaults to every registered rule with default options. */
  config?: JiaoduiConfig;
  /** Run only these rules (they must be enabled in the configuration). */
  ruleIds?: readonly string[];
  /** Overrides the configured parser. */
  parser?: ParserChoice;
  locale?: Locale;
  /** Terms whose findings are dropped (jiaodui.config.json `allow`). */
  allow?: readonly string[];
}

export interface LintedText {
  source: SourceFile;
  syntax: Syntax;
  documents: readonly DocumentSpan[];
  findings: Finding[];
}

const TEXTLINT_SEVERITY: Record<number, Severity> = { 0: "info", 1: "warning", 2: "error", 3: "info" };

export class Engine {
  readonly ruleIds: readonly string[];
  readonly locale: Locale;
  private readonly kernel = new TextlintKernel();
  private readonly parser: ParserChoice;
  private readonly settings: readonly RuleSetting[];
  private readonly allow: readonly string[];

  constructor(options: EngineOptions = {}) {
    const config = options.config ?? defaultConfig();
    this.locale = options.locale ?? "zh-CN";
    this.allow = options.allow ?? [];
    this.parser = options.parser ?? config.parser;
    let settings = config.rules;
    if (options.ruleIds && options.ruleIds.length > 0) {
      for (const id of options.ruleIds) {
        if (!findRule(id)) throw new UsageError(`未知规则 / unknown rule "${id}"; known rules: ${RULE_IDS.join(", ")}`);
      }
      settings = settings.filter((s) => options.ruleIds!.includes(s.id));
      const disabled = options.ruleIds.filter((id) => !settings.some((s) => s.id === id));
      if (disabled.length > 0) throw new UsageError(`规则在配置中被关闭 / rule disabled in the configuration: ${disabled.join(", ")}`);
    }
    if (settings.length === 0) throw new ConfigError("没有启用任何规则 / no rule is enabled: check .textlintrc.json (rules.preset-jiaodui)");
    this.settings = settings;
    this.ruleIds = settings.map((s) => s.id);
  }

  private kernelRules(): TextlintKernelRule[] {
    return this.settings.map((s) => ({ ruleId: s.id, rule: findRule(s.id)!.module, options: { ...s.options, locale: this.locale } }));
  }

  /** Lint decoded text. `path` decides the parser by extension (default .txt). */
  async lintText(text: string, path = "<text>.txt"): Promise<LintedText> {
    return this.lintSource(decodeSource(Buffer.from(text, "utf8"), path));
  }

  async lintSource(source: SourceFile): Promise<LintedText> {
    if (source.skipped) return { source, syntax: "text", documents: splitDocuments([], 0), findings: [] };
    // Rules load the data files synchronously: let the reads started ahead of time finish first.
    await dataFilesReady();
    let ast: TxtDocumentNode | undefined;
    const result = await this.kernel.lintText(source.text, {
      ext: [...MARKDOWN_EXTENSIONS, ...TEXT_EXTENSIONS].includes(source.ext) ? source.ext : ".txt",
      filePath: source.path,
      plugins: [{ pluginId: "jiaodui", plugin, options: { parser: this.parser, onParsed: (node: TxtDocumentNode) => (ast = node) } }],
      rules: this.kernelRules(),
    });
    if (!ast) throw new Error("jiaodui: the parser did not run");
    const documents = splitDocuments(getBlocks(ast, source.text), source.text.length);
    const findings = filterFindings(this.toFindings(result.messages, source.text, documents), source.text, this.allow);
    return { source, syntax: syntaxOf(ast), documents, findings };
  }

  /** Apply safe fixes until nothing changes; `source` is not written. */
  async fixSource(source: SourceFile): Promise<FixOutcome> {
    return fixToFixedPoint(source.text, async (text) => (await this.lintSource({ ...source, text })).findings);
  }

  private toFindings(messages: TextlintMessage[], text: string, documents: readonly DocumentSpan[]): Finding[] {
    const lines = new LineIndex(text);
    const range = ([start, end]: readonly [number, number]) => ({ start: lines.position(start), end: lines.position(end) });
    const findings = messages.map((message): Finding => {
      const data = (message as TextlintMessage & { data?: { jiaodui?: FindingData } }).data?.jiaodui;
      const setting = this.settings.find((s) => s.id === message.ruleId);
      const meta = findRule(message.ruleId)?.meta;
      const [start, end] = message.range;
      const messageId = data?.messageId ?? "finding";
      return {
        ruleId: message.ruleId,
        category: data?.category ?? meta?.categories[0] ?? "garbled",
        severity: setting?.severity ?? data?.severity ?? TEXTLINT_SEVERITY[message.severity] ?? "error",
        confidence: data?.confidence ?? 1,
        message: message.message,
        messageId,
        range: range([start, end]),
        fix: message.fix ? { range: [message.fix.range[0], message.fix.range[1]], text: message.fix.text, safe: true } : undefined,
        suggestions: (message.suggestions ?? []).map((s) => ({
          message: s.message,
          fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text, safe: false },
        })),
        related: (data?.related ?? []).map((r) => ({ message: r.message, range: range(r.range) })),
        fingerprint: fingerprintFor(message.ruleId, messageId, text, start, end),
        document: documentAt(documents, start).index,
      };
    });
    const kept = applyPrecedence(findings).sort((a, b) => a.range.start.offset - b.range.start.offset || a.ruleId.localeCompare(b.ruleId));
    assignFingerprints(kept);
    return kept;
  }
}
