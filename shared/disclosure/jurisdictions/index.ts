// Every jurisdiction with a rule table. A jurisdiction added to the enum without a table is rejected by
// disclosureCheck with a typed error rather than guessed at.
import type { Jurisdiction } from '../../schemas/enums';
import type { JurisdictionRules } from '../rules';
import { AU } from './au';
import { BE } from './be';
import { BR } from './br';
import { CA } from './ca';
import { DE } from './de';
import { ES } from './es';
import { EU } from './eu';
import { FR } from './fr';
import { IN } from './in';
import { IT } from './it';
import { MX } from './mx';
import { NL } from './nl';
import { NO } from './no';
import { PL } from './pl';
import { UK } from './uk';
import { US } from './us';

export const JURISDICTION_RULES: Record<Jurisdiction, JurisdictionRules> = {
  US,
  UK,
  EU,
  DE,
  FR,
  ES,
  IT,
  NL,
  BE,
  CA,
  AU,
  IN,
  BR,
  PL,
  NO,
  MX,
};

export const SUPPORTED_JURISDICTIONS = Object.keys(JURISDICTION_RULES) as Jurisdiction[];
