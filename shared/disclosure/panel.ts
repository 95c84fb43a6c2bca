// The jurisdiction panel: the rule tables a check judges by, in a fixed order, with the phrases their
// reasons share. Every row of an audit and every caption on a card asks for the same list, so panels are
// kept in one small cache keyed by the list as given (and the last one asked is compared first).
import { JURISDICTIONS, type Jurisdiction } from '../schemas/enums';
import { DisclosureInputError } from './input';
import { JURISDICTION_RULES } from './jurisdictions';
import type { JurisdictionRules } from './rules';

export interface Panel {
  /** Sorted, without duplicates. */
  jurisdictions: readonly Jurisdiction[];
  rules: readonly JurisdictionRules[];
  /** Some rule judges affiliate explanations by their nearness to the link (DE). */
  nearLink: boolean;
  /** Per jurisdiction: the reason for a caption with nothing commercial (most captions). */
  nothingToDisclose: readonly string[];
}

const panels = new Map<string, Panel>();

function build(asked: readonly unknown[]): Panel {
  for (const j of asked) {
    if (!(JURISDICTIONS as readonly string[]).includes(j as string))
      throw new DisclosureInputError('jurisdictions', `unknown jurisdiction "${String(j)}"`);
    if (!JURISDICTION_RULES[j as Jurisdiction])
      throw new DisclosureInputError('jurisdictions', `no disclosure rule table for ${j} yet`);
  }
  const jurisdictions = [...new Set(asked as Jurisdiction[])].sort();
  const rules = jurisdictions.map((j) => JURISDICTION_RULES[j]);
  return {
    jurisdictions,
    rules,
    nearLink: rules.some((r) => r.affiliate.nearLink),
    nothingToDisclose: rules.map(
      (r) => `${r.code}: no commercial signal and no paid-partnership label, so nothing needs disclosing.`,
    ),
  };
}

/** The panel for a list of jurisdictions (order and duplicates do not matter); throws on unknown codes. */
let lastAsked: readonly unknown[] = [];
let lastPanel: Panel | null = null;

export function panelFor(asked: readonly unknown[]): Panel {
  // Most calls repeat the last list: compare it element by element before looking it up.
  if (lastPanel !== null && asked.length === lastAsked.length && asked.every((j, i) => j === lastAsked[i]))
    return lastPanel;
  // JSON, not a join: ["US,UK"] must not find the panel of ["US", "UK"].
  const key = JSON.stringify(asked);
  let panel = panels.get(key);
  if (!panel) {
    panel = build(asked);
    // Bounded: jurisdiction lists come from user input (the CLI's per-row column).
    if (panels.size >= 64) panels.clear();
    panels.set(key, panel);
  }
  lastAsked = [...asked];
  lastPanel = panel;
  return panel;
}
