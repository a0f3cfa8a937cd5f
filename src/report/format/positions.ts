/**
 * Position units. The report counts columns and offsets in UTF-16 code units
 * (JSON, SARIF with columnKind "utf16CodeUnits"); reviewdog counts UTF-8
 * bytes, GitHub annotations are read by people, who count characters (code
 * points). These helpers convert a report position given the line's text.
 */
import { LineIndex } from "../../doc/lines.js";
import type { Position } from "../types.js";

export type ColumnUnit = "utf-16" | "utf-8" | "code-point";

/** 1-based column of `position` in `unit`, computed from the text. */
export function columnIn(text: string, position: Position, unit: ColumnUnit): number {
  if (unit === "utf-16") return position.column;
  const lineStart = position.offset - (position.column - 1);
  const before = text.slice(lineStart, position.offset);
  if (unit === "utf-8") return Buffer.byteLength(before, "utf8") + 1;
  let count = 0;
  for (const _ of before) count++;
  return count + 1;
}

/** Line and column positions for bare offsets (edits carry offsets only). */
export class PositionMap {
  private readonly lines: LineIndex;
  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }
  position(offset: number): Position {
    return this.lines.position(offset);
  }
  /** Line and column of `offset` with the column in `unit`. */
  at(offset: number, unit: ColumnUnit): { line: number; column: number } {
    const position = this.lines.position(offset);
    return { line: position.line, column: columnIn(this.text, position, unit) };
  }
}
