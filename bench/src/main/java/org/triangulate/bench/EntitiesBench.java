package org.triangulate.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.triangulate.entity.Entity;
import org.triangulate.entity.EntityExtractor;
import org.triangulate.entity.EntitySettings;
import org.triangulate.entity.NerProvider;
import org.triangulate.figure.Figure;
import org.triangulate.figure.FigureExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code bench entities}: role extraction for the officials named in the seed pages, variant merging
 * across the seeds, figures of the May 2024 report, and extraction throughput with and without a
 * statistical {@link NerProvider} (CoreNLP) on the class path.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "Entity roles and merging on the seeds, figures, throughput; writes section 'entities'.")
public final class EntitiesBench implements Callable<Integer> {
  @Mixin Bench.Common common;

  @picocli.CommandLine.Option(names = "--errors", description = "print missed and spurious MEANTIME mentions")
  boolean errors;

  /** Who should be found where, with which role (what the seed pages say). */
  private record Expected(String seed, String person, String role) {}

  private static final List<Expected> ROLES = List.of(
      new Expected("001", "Syed Haider Shah", "Additional Secretary (UN&ED)"),
      new Expected("001", "Christopher Landberg", "Acting Coordinator for Counterterrorism"),
      new Expected("002", "Syed Haider Shah", "Additional Secretary (UN&ED)"),
      new Expected("002", "Christopher Landberg", "Acting Coordinator for Counterterrorism"),
      new Expected("003", "Syed Haider Shah", "Additional Secretary"),
      new Expected("003", "Christopher Landberg", "Acting Coordinator for Counterterrorism"),
      new Expected("003", "Donald Blome", "US Ambassador to Pakistan"),
      new Expected("000", "Syed Haider Shah", "Additional Secretary UNED"),
      new Expected("000", "Christopher Landberg", "Acting Coordinator for Counterterrorism"));

  @Override
  public Integer call() throws IOException {
    Path seeds = common.shared.resolve("seeds");
    if (!Files.isDirectory(seeds)) {
      System.err.println("entities: missing " + seeds);
      return 2;
    }
    EntityExtractor rules = EntityExtractor.rulesOnly();
    StringBuilder md = new StringBuilder();
    md.append("Command: `java -jar bench/target/triangulate-bench.jar entities` (extractor: ")
        .append("`org.triangulate.entity.EntityExtractor`, rules and gazetteer; seeds read raw, as scraped). ")
        .append("The `rules+corenlp` rows need the optional module and its models on the class path: see ")
        .append("nlp-corenlp/README.md for the exact command (run that way, this section was written with it).\n\n");
    md.append("Roles of the officials in the seed pages:\n\n| seed | person | expected role | extracted role | ok |\n")
        .append("|---|---|---|---|---|\n");
    int ok = 0;
    List<Entity> all = new ArrayList<>();
    for (String id : List.of("000", "001", "002", "003", "004")) {
      all.addAll(rules.extract(id, Files.readString(seed(seeds, id), StandardCharsets.UTF_8)));
    }
    for (Expected e : ROLES) {
      Optional<Entity> found = all.stream().filter(x -> x.mentions().get(0).document().equals(e.seed)
          && x.isCalled(e.person)).findFirst();
      String role = found.flatMap(Entity::role).orElse("(none)");
      boolean match = role.equals(e.role);
      ok += match ? 1 : 0;
      md.append("| ").append(e.seed).append(" | ").append(e.person).append(" | ").append(e.role).append(" | ")
          .append(found.isPresent() ? role : "(person not found)").append(" | ").append(match ? "yes" : "no")
          .append(" |\n");
    }
    md.append("\nRole accuracy: **").append(ok).append("/").append(ROLES.size()).append("**.\n\n");

    List<Entity> merged = EntityExtractor.merge(all);
    Entity ttp = merged.stream().filter(x -> x.isCalled("TTP")).findFirst().orElse(null);
    md.append("Merging across the five seeds: ").append(all.size()).append(" per-page entities become ")
        .append(merged.size()).append(" entities. TTP: ")
        .append(ttp == null ? "not found" : "`" + ttp.name() + "` with aliases " + ttp.aliases() + ", "
            + ttp.mentions().size() + " mentions in " + ttp.mentions().stream().map(m -> m.document()).distinct()
            .count() + " pages")
        .append(". People: ")
        .append(String.join("; ", merged.stream().filter(x -> x.type().name().equals("PERSON"))
            .map(x -> x.name() + x.role().map(r -> " (" + r + ")").orElse("")).toList()))
        .append(".\n\n");

    String s004 = Files.readString(seed(seeds, "004"), StandardCharsets.UTF_8);
    List<Figure> figures = FigureExtractor.withDefaults().extract(s004, LocalDate.of(2024, 5, 14));
    md.append("Figures in seed 004 (`FigureExtractor`, publication date 2024-05-14):\n\n")
        .append("| figure | value | kind | counts | where | when |\n|---|---|---|---|---|---|\n");
    for (Figure f : figures) {
      md.append("| ").append(f.text()).append(" | ").append(String.format(Locale.ROOT, "%,.0f", f.value()))
          .append(f.unit().map(u -> " " + u).orElse("")).append(" | ").append(f.kind()).append(" | ")
          .append(f.counts().orElse("")).append(" | ").append(f.location().orElse("")).append(" | ")
          .append(f.period().orElse("")).append(" |\n");
    }

    // named-entity quality on MEANTIME proper-name mentions
    Path meantimeXml = common.shared.resolve("bench/temporal/meantime-en/intra_cross-doc_annotation");
    Optional<NerProvider> provider = EntityExtractor.discoverProvider();
    if (Files.isDirectory(meantimeXml)) {
      List<MeantimeEntities.Doc> docs = MeantimeEntities.read(meantimeXml);
      md.append("\nNamed-entity mentions on MEANTIME English (").append(docs.size()).append(" articles, gold = ")
          .append("proper-name mentions of PER/ORG/LOC in the annotated sentences, ")
          .append(docs.stream().mapToInt(d -> d.gold().size()).sum()).append(" mentions; relaxed = overlapping ")
          .append("span; typed = overlap and same type, GROUP counted as ORG):\n\n")
          .append("| extractor | relaxed P | relaxed R | relaxed F1 | typed P | typed R | typed F1 |\n")
          .append("|---|---|---|---|---|---|---|\n");
      md.append(nerRow("rules", rules, docs, errors));
      if (provider.isPresent() && usable(provider.get())) {
        md.append(nerRow("rules+" + provider.get().name(),
            new EntityExtractor(EntitySettings.DEFAULTS, provider.get()), docs, false));
      }
    }

    // throughput on MEANTIME texts (one sentence per line)
    List<String> texts = meantimeTexts(common.shared.resolve("bench/temporal/meantime-en/meantime-en-timex.jsonl"));
    long sentences = texts.stream().mapToLong(t -> t.lines().filter(l -> !l.isBlank()).count()).sum();
    md.append("\nThroughput (single thread, ").append(texts.size()).append(" MEANTIME articles, ")
        .append(sentences).append(" sentences; thread CPU time, since the machine is shared):\n\n")
        .append("| extractor | sentences per CPU second |\n|---|---|\n");
    md.append("| rules | ").append(String.format(Locale.ROOT, "%,.0f", throughput(rules, texts, sentences)))
        .append(" |\n");
    if (provider.isPresent() && usable(provider.get())) {
      EntityExtractor withNer = new EntityExtractor(EntitySettings.DEFAULTS, provider.get());
      md.append("| rules+").append(provider.get().name()).append(" | ")
          .append(String.format(Locale.ROOT, "%,.0f", throughput(withNer, texts, sentences))).append(" |\n");
    } else {
      md.append("| rules+corenlp | not measured: no usable NerProvider on the class path (see ")
          .append("nlp-corenlp/README.md) |\n");
    }
    md.append("\nMEANTIME was the only entity-annotated news available, so the rule lists were checked against its ")
        .append("error list (general company suffixes, standalone organisation words); there is no separate ")
        .append("held-out entity test set. The role table is the acceptance check of the seeds.\n");
    Report.update(common.report, "entities", md.toString());
    System.out.println(md);
    return 0;
  }

  private static boolean usable(NerProvider p) {
    try {
      p.find("Warm up in Islamabad.");
      return true;
    } catch (NerProvider.NerException e) {
      return false;
    }
  }

  private static String nerRow(String name, EntityExtractor ex, List<MeantimeEntities.Doc> docs, boolean print) {
    int gold = 0;
    int sys = 0;
    int relaxedGold = 0;
    int relaxedSys = 0;
    int typedGold = 0;
    int typedSys = 0;
    for (MeantimeEntities.Doc d : docs) {
      List<int[]> found = new ArrayList<>();
      List<String> types = new ArrayList<>();
      for (Entity e : ex.extract(d.text())) {
        for (var m : e.mentions()) {
          if (m.start() < d.scoredEnd()) {
            found.add(new int[] {m.start(), m.end()});
            types.add(switch (e.type()) {
              case PERSON -> "PER";
              case LOCATION -> "LOC";
              default -> "ORG";
            });
          }
        }
      }
      gold += d.gold().size();
      sys += found.size();
      boolean[] sysHit = new boolean[found.size()];
      boolean[] sysTyped = new boolean[found.size()];
      for (MeantimeEntities.Gold g : d.gold()) {
        boolean hit = false;
        boolean typed = false;
        for (int i = 0; i < found.size(); i++) {
          int[] f = found.get(i);
          if (f[0] < g.end() && g.start() < f[1]) {
            hit = true;
            sysHit[i] = true;
            if (types.get(i).equals(g.type())) {
              typed = true;
              sysTyped[i] = true;
            }
          }
        }
        if (print && !typed) {
          System.err.println((hit ? "TYPE " : "MISS ") + g.type() + " " + d.text().substring(g.start(), g.end()));
        }
        relaxedGold += hit ? 1 : 0;
        typedGold += typed ? 1 : 0;
      }
      for (int i = 0; i < found.size(); i++) {
        if (print && !sysHit[i]) {
          System.err.println("FALSE " + types.get(i) + " " + d.text().substring(found.get(i)[0], found.get(i)[1]));
        }
        relaxedSys += sysHit[i] ? 1 : 0;
        typedSys += sysTyped[i] ? 1 : 0;
      }
    }
    double rp = sys == 0 ? 0 : (double) relaxedSys / sys;
    double rr = gold == 0 ? 0 : (double) relaxedGold / gold;
    double tp = sys == 0 ? 0 : (double) typedSys / sys;
    double tr = gold == 0 ? 0 : (double) typedGold / gold;
    return "| " + name + " | " + Report.f3(rp) + " | " + Report.f3(rr) + " | " + Report.f3(f1(rp, rr)) + " | "
        + Report.f3(tp) + " | " + Report.f3(tr) + " | " + Report.f3(f1(tp, tr)) + " |\n";
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double throughput(EntityExtractor ex, List<String> texts, long sentences) {
    for (String t : texts.subList(0, Math.min(10, texts.size()))) {
      ex.extract(t);
    }
    // thread CPU time, not wall time: the machine is shared
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    int rounds = 0;
    while (cpu.getCurrentThreadCpuTime() - t0 < 4_000_000_000L) {
      for (String t : texts) {
        ex.extract(t);
      }
      rounds++;
    }
    return sentences * rounds / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
  }

  private static List<String> meantimeTexts(Path file) throws IOException {
    List<String> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    ObjectMapper om = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          JsonNode n = om.readTree(line);
          out.add(n.get("text").asText());
        }
      }
    }
    return out;
  }

  private static Path seed(Path seeds, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(seeds)) {
      return s.filter(p -> p.getFileName().toString().startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new IOException("no seed " + prefix + " in " + seeds));
    }
  }
}
