package org.triangulate.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * A typed value a sentence states: a count of something, an amount of money, a measure, a
 * magnitude, a person's name.
 *
 * @param slot what it measures: a casualty class ({@code killed}, {@code injured}, …), {@code
 *     magnitude}, {@code person} for a person's name, else the counted or measured thing ({@code home},
 *     {@code USD}, {@code tonne}, {@code day})
 * @param context stems of the words that say what happened to the thing (predicates next to the
 *     value, "a ransom of", "the margin to"): two values of one thing are one slot when their contexts
 *     share a word
 * @param predicates the part of the context that says what happened: verbs next to the value and the
 *     noun it is the value of ("ransom" in "a ransom of $12 million")
 * @param owner who the value belongs to when the sentence names it right before the value ("Japan
 *     pledged $85 million"): values of different owners are never compared
 * @param number the value ({@link Double#NaN} for names)
 * @param name for a person: the name as written
 * @param text the phrase as written ("about 160 homes")
 * @param qualifier how exact: {@code AT_LEAST}, {@code MORE_THAN}, {@code LESS_THAN}, {@code APPROX},
 *     {@code UP_TO}, or empty for an exact figure
 * @param revised the sentence says the value revises an earlier one ("rose to", "corrected")
 */
record Value(String slot, java.util.Set<String> context, java.util.Set<String> predicates, Optional<String> owner,
    double number,
    Optional<String> name, String text, Optional<String> qualifier, boolean revised) {

  Value {
    Objects.requireNonNull(slot, "slot");
    context = java.util.Set.copyOf(context);
    predicates = java.util.Set.copyOf(predicates);
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
  }

  /** The slot together with its owner: values are compared only under equal keys. */
  String key() {
    return owner.map(o -> slot + "@" + o).orElse(slot);
  }

  boolean isName() {
    return name.isPresent();
  }
}
