/**
 * The bundled gazetteer tables of `data/`, typed. Each JSON file is read here and only here.
 * @module
 */
import agencies from '../../data/agencies.json';
import bodies from '../../data/bodies.json';
import cities from '../../data/cities.json';
import countries from '../../data/countries.json';
import offices from '../../data/offices.json';
import ranks from '../../data/ranks.json';
import regions from '../../data/regions.json';

/** A country: ISO code, English name, other names, demonyms and capital. */
export interface CountryEntry {
  readonly code: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital?: string;
  /** The short forms the country calls itself in its own releases ("Kingdom" for "the Kingdom"). */
  readonly selfNames?: readonly string[];
}

/** A city, with its country and spelling variants. */
export interface CityEntry {
  readonly name: string;
  readonly country: string;
  readonly aliases: readonly string[];
  /** The city shares its name with its country (Singapore, Kuwait). */
  readonly sameAsCountry?: boolean;
}

/** A sea, gulf, peninsula or other region whose name holds a country's name ("Gulf of Guinea"). */
export interface RegionEntry {
  readonly name: string;
  readonly aliases: readonly string[];
}

/** A state's security, intelligence or law-enforcement service. */
export interface AgencyEntry {
  readonly name: string;
  readonly country: string;
  readonly acronyms: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: string;
}

/** An intergovernmental or international body, or one of its organs. */
export interface BodyEntry {
  readonly name: string;
  readonly acronyms: readonly string[];
  readonly aliases: readonly string[];
  readonly kind: string;
  readonly parent: string | null;
}

/** A military, police or special rank with its written variants. */
export interface RankEntry {
  readonly rank: string;
  readonly variants: readonly string[];
}

/** The head word of an office title ("Chairman"), with variants and level. */
export interface OfficeEntry {
  readonly title: string;
  readonly variants: readonly string[];
  readonly level: string;
  /** An office of a state's government (see data/README.md): its holder is of the host country unless the text says otherwise. */
  readonly national?: boolean;
  /** An envoy's office, held "in" the place of its posting ("the Paraguayan ambassador in Brasília"). */
  readonly envoy?: boolean;
}

/** Every bundled table. */
export const TABLES = {
  countries: countries as readonly CountryEntry[],
  cities: cities as readonly CityEntry[],
  agencies: agencies as readonly AgencyEntry[],
  bodies: bodies as readonly BodyEntry[],
  ranks: ranks as readonly RankEntry[],
  offices: offices as readonly OfficeEntry[],
  regions: regions as readonly RegionEntry[],
} as const;
