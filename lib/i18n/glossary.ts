/**
 * How the Spanish of the atlas names things, as a Mexican newsroom would (es-MX), written as rules a
 * test applies to every Spanish text: a wrong term, the term to use instead, and why. A match that
 * `allowed` also matches is the term used on purpose, saying what the transfers are not ("no
 * extradiciones", "no era una extradición").
 */
export interface GlossaryRule {
  id: string;
  wrong: RegExp;
  use: string;
  why: string;
  allowed?: RegExp;
}

export const SPANISH_GLOSSARY: readonly GlossaryRule[] = [
  {
    id: "traslado",
    wrong: /\bextradi(?:ción|ciones|tado|tados|tada|tadas|tar|tó)\b/i,
    use: "traslado, trasladar (envío de reos a Estados Unidos bajo la Ley de Seguridad Nacional)",
    why: "México no las tramitó como extradiciones; así las llaman el gobierno y la prensa mexicana",
    // Also a real extradition, named as such: a request or process of extradition, cooperation on
    // extraditions, or extraditions set beside the transfers ("las extradiciones y los traslados").
    allowed:
      /\bno (?:(?:son|fueron|eran) |(?:es|fue|era) una )?extradici(?:ón|ones)\b|\b(?:solicitud(?:es)? de|proceso de|en materia de) extradici(?:ón|ones)\b|\bextradiciones y (?:los )?traslados\b/i,
  },
  {
    id: "no-culpable",
    wrong: /\bse declar(?:ó|aron) inocentes?\b/i,
    use: "se declaró no culpable",
    why: "en un tribunal de EE. UU. se declara culpable o no culpable (not guilty), no inocente",
  },
  {
    id: "lectura-de-cargos",
    wrong: /\b(?:arraignment|comparecencia de acusación)\b/i,
    use: "lectura de cargos",
    why: "el término con que la prensa mexicana nombra la audiencia de arraignment",
  },
  {
    id: "cbp",
    wrong: /\bPatrulla Fronteriza\b(?![^(]*\(USBP\))/,
    use: "Oficina de Aduanas y Protección Fronteriza (CBP)",
    why: "las cifras de decomisos son de CBP entera; la Patrulla Fronteriza (USBP) es solo una de sus oficinas",
  },
];

/** The rules a Spanish text breaks, each with the words that broke it; the allowed uses are taken out first. */
export function glossaryFaults(text: string): { rule: GlossaryRule; found: string }[] {
  return SPANISH_GLOSSARY.flatMap((rule) => {
    const rest = rule.allowed ? text.replace(new RegExp(rule.allowed.source, `${rule.allowed.flags.replace("g", "")}g`), " ") : text;
    const found = rest.match(rule.wrong)?.[0];
    return found ? [{ rule, found }] : [];
  });
}
