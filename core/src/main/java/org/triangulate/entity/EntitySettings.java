package org.triangulate.entity;

/**
 * Settings of the {@link EntityExtractor}, checked by {@code bench entities} (docs/BENCHMARKS.md).
 *
 * @param useNerProvider use a {@link NerProvider} found on the class path (CoreNLP) when there is one
 * @param maxNameTokens longest person name taken after a title ("Syed Haider Shah" has 3)
 * @param maxRoleChars longest appositive role taken after a name ("..., Additional Secretary (UN&ED)")
 * @param minMentionsForUntitledPerson a capitalised name with no title, no speech verb and no
 *     recogniser support must be seen this often in the document to count as a person
 */
public record EntitySettings(
    boolean useNerProvider, int maxNameTokens, int maxRoleChars, int minMentionsForUntitledPerson) {

  public static final EntitySettings DEFAULTS = new EntitySettings(true, 4, 90, 2);

  /** The rules alone, ignoring any recogniser on the class path. */
  public static final EntitySettings RULES_ONLY = new EntitySettings(false, 4, 90, 2);

  public EntitySettings {
    if (maxNameTokens < 1 || maxRoleChars < 1 || minMentionsForUntitledPerson < 1) {
      throw new IllegalArgumentException("settings must be positive: maxNameTokens=" + maxNameTokens
          + ", maxRoleChars=" + maxRoleChars + ", minMentionsForUntitledPerson=" + minMentionsForUntitledPerson);
    }
  }
}
