package org.triangulate.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.triangulate.article.Article;
import org.triangulate.claim.Corroborator;
import org.triangulate.dedup.ProvenanceReport;
import org.triangulate.dossier.Derivation;
import org.triangulate.dossier.Event;
import org.triangulate.pipeline.EventClaims;
import org.triangulate.text.AnalyzedArticle;
import org.triangulate.text.TextAnalyzer;
import org.triangulate.text.TextSettings;
import scala.Tuple2;

/**
 * The claim stage per event on the executors: each event's articles are brought together with their
 * provenance derivations (from the driver's report) and core {@link EventClaims#of} computes claims,
 * summary and background, each article analysed there by the text layer with the driver pipeline's
 * {@link TextSettings}. Outcomes travel back as JSON (the dossier's form); the
 * driver assembles them. Article bodies are shuffled once, to their event's task.
 */
final class ClaimTask {
  private ClaimTask() {}

  private static final StructType MEMBER = new StructType()
      .add("c_id", DataTypes.StringType, false)
      .add("c_event", DataTypes.IntegerType, false)
      .add("c_rank", DataTypes.IntegerType, false)
      .add("c_derived", DataTypes.StringType, false);

  static List<EventClaims.Outcome> run(SparkSession spark, Dataset<Row> articles, List<Event> events,
      ProvenanceReport provenance, TextSettings text) {
    // the text layer's settings travel as plain values (Optional is not serialisable)
    int maxChars = text.maxChars();
    int maxSentenceChars = text.maxSentenceChars();
    int maxEmbedded = text.maxEmbeddedSentences();
    String encoder = text.encoder().orElse(null);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<Row> members = new ArrayList<>();
    List<Tuple2<Integer, String>> eventJson = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      eventJson.add(new Tuple2<>(i, EventClaims.eventToJson(e)));
      for (int k = 0; k < e.articles().size(); k++) {
        String id = e.articles().get(k);
        members.add(RowFactory.create(id, i, k, EventClaims.derivationsToJson(provenance.derivedFrom(id))));
      }
    }
    JavaPairRDD<Integer, Iterable<Row>> grouped = articles
        .join(Rows.distributed(spark, members, MEMBER), col("id").equalTo(col("c_id")))
        .javaRDD()
        .mapToPair(r -> new Tuple2<>(r.getInt(r.fieldIndex("c_event")), r))
        .groupByKey();
    List<Tuple2<Integer, String>> computed = grouped
        .join(jsc.parallelizePairs(eventJson, Math.max(1, grouped.getNumPartitions())))
        .mapPartitions(it -> {
          Corroborator corroborator = Corroborator.withDefaults();
          TextAnalyzer analyzer = null;
          List<Tuple2<Integer, String>> out = new ArrayList<>();
          while (it.hasNext()) {
            Tuple2<Integer, Tuple2<Iterable<Row>, String>> t = it.next();
            if (analyzer == null) {
              analyzer = TextAnalyzer.of(new TextSettings(maxChars, maxSentenceChars, maxEmbedded,
                  java.util.Optional.ofNullable(encoder)));
            }
            List<Row> rows = new ArrayList<>();
            t._2()._1().forEach(rows::add);
            rows.sort(Comparator.comparingInt(r -> r.getInt(r.fieldIndex("c_rank"))));
            List<AnalyzedArticle> arts = new ArrayList<>(rows.size());
            Map<String, List<Derivation>> derived = new HashMap<>();
            for (Row r : rows) {
              Article a = Rows.toArticle(r);
              arts.add(analyzer.analyze(a));
              derived.put(a.id(), EventClaims.derivationsFromJson(r.getString(r.fieldIndex("c_derived"))));
            }
            EventClaims.Outcome o = EventClaims.of(EventClaims.eventFromJson(t._2()._2()), arts,
                id -> derived.getOrDefault(id, List.of()), corroborator);
            out.add(new Tuple2<>(t._1(), EventClaims.toJson(o)));
          }
          return out.iterator();
        })
        .collect();
    Map<Integer, EventClaims.Outcome> byIndex = new HashMap<>();
    for (Tuple2<Integer, String> t : computed) {
      byIndex.put(t._1(), EventClaims.fromJson(t._2()));
    }
    List<EventClaims.Outcome> out = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      EventClaims.Outcome o = byIndex.get(i);
      // an event none of whose articles is known has no claims (as on one machine)
      out.add(o != null ? o : new EventClaims.Outcome(events.get(i), List.of()));
    }
    return out;
  }
}
