/** The runs garbled-text's routes read, for tests: a plain-text document parsed and scored by the committed model. */
import { getCharModel, type CharModel } from "../../src/nlp/char-model.js";
import { getParsedDocument } from "../../src/nlp/document.js";
import { parseDocument } from "../../src/plugin.js";
import type { Garble } from "../../rules/garbled-text/detect.js";
import { scoreRuns, type ScoredRun } from "../../rules/garbled-text/scored-runs.js";

export function scoredRunsOf(text: string, model: CharModel = getCharModel()): ScoredRun[] {
  return scoreRuns(getParsedDocument(parseDocument(text, "text"), text).sentences, text, model);
}

/** What a garbled-text route finds in `text`, as [garbled text, reading] pairs. */
export function routeReadings(
  route: (runs: ScoredRun[], text: string, model: CharModel) => readonly Garble[],
  text: string,
  model: CharModel = getCharModel(),
): (string | undefined)[][] {
  return route(scoredRunsOf(text, model), text, model).map((g) => [g.text, g.reading?.text]);
}
