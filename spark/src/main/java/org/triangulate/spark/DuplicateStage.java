package org.triangulate.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.struct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.triangulate.article.Article;
import org.triangulate.dedup.LshBands;
import org.triangulate.dedup.MinHasher;
import org.triangulate.dedup.Provenance;
import org.triangulate.dedup.ProvenanceLink;
import org.triangulate.dedup.ProvenanceSettings;
import org.triangulate.dedup.Shingles;

/**
 * Distributed exact and near-duplicate detection with the same result as the single-machine
 * {@link Provenance#nearDuplicates(List)}, plus the duplicate groups (connected components).
 *
 * <ol>
 *   <li>Fingerprints, per partition, with the core building blocks: {@link Shingles#shingles} (word
 *       shingles of the configured size), {@link Shingles#bodyHash}, {@link MinHasher#DEFAULT}
 *       signatures and {@link LshBands} keys. Articles without shingles take part in nothing, as in core.</li>
 *   <li>Exact copies: articles are grouped by body hash; each group of two or more runs through core
 *       {@code nearDuplicates} (which picks the group's original), so copy links are core's own.</li>
 *   <li>LSH banding over the remaining representatives: group by (band, key); in each bucket, sorted
 *       by input order, each member pairs with at most {@code maxBucket} predecessors (core's cap).</li>
 *   <li>Exact confirmation: each distinct candidate pair, in input order, runs through core
 *       {@code nearDuplicates}, which measures exact shingle Jaccard/containment and picks the direction
 *       from the pair alone. So links equal core's link for link.</li>
 *   <li>Connected components over all links by iterative min-label propagation; a group is named after
 *       its earliest article in input order.</li>
 * </ol>
 *
 * <p>Only small rows (keys, ordinals) are shuffled for banding; article records travel only for exact
 * groups and candidate pairs. One known difference from core, negligible in practice: core buckets by
 * band keys truncated by {@code log2(n)} bits, so it may also pair texts whose keys differ only in
 * those bits; such pairs share no exact key, which for a true near duplicate (Jaccard 0.8, 32×4 bands)
 * happens with probability about 5e-8.
 */
final class DuplicateStage {
  private DuplicateStage() {}

  static final StructType LINK = new StructType()
      .add("derived", DataTypes.StringType, false)
      .add("source", DataTypes.StringType, false)
      .add("relation", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false)
      .add("derived_ord", DataTypes.LongType, false)
      .add("source_ord", DataTypes.LongType, false);

  private static final StructType FINGERPRINT = new StructType()
      .add("ord", DataTypes.LongType, false)
      .add("body_hash", DataTypes.LongType, false)
      .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false);

  private static final StructType BAND_ROW = new StructType()
      .add("band", DataTypes.IntegerType, false)
      .add("key", DataTypes.LongType, false)
      .add("ord", DataTypes.LongType, false);

  private static final StructType PAIR = new StructType()
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false);

  /** Links ({@link #LINK}) and groups ({@code id}, {@code group}, {@code ord}). */
  record Output(Dataset<Row> links, Dataset<Row> groups) {}

  /** Input order as one sortable number. */
  static Column ord() {
    return shiftleft(col("file_index").cast(DataTypes.LongType), 32).bitwiseOR(col("seq").cast(DataTypes.LongType));
  }

  static Output run(SparkSession spark, Dataset<Row> articles) {
    ProvenanceSettings settings = ProvenanceSettings.DEFAULTS;
    int shingleSize = settings.shingleSize();
    int bands = settings.bands();
    int rows = settings.rows();
    int maxBucket = settings.maxBucket();
    Dataset<Row> withOrd = articles.withColumn("ord", ord());

    // 1. fingerprints (core code, per partition)
    JavaRDD<Row> fpRows = withOrd.select("ord", "body").javaRDD().mapPartitions(it -> {
      LshBands banding = new LshBands(bands, rows);
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        String body = r.getString(1);
        long[] shingles = Shingles.shingles(body, shingleSize);
        if (shingles.length == 0) {
          continue;
        }
        long[] keys = banding.keys(MinHasher.DEFAULT.signature(shingles));
        out.add(RowFactory.create(r.getLong(0), Shingles.bodyHash(body), Arrays.stream(keys).boxed().toArray(Long[]::new)));
      }
      return out.iterator();
    });
    Dataset<Row> fp = spark.createDataFrame(fpRows, FINGERPRINT).localCheckpoint();

    // 2. exact copies: groups of equal body hash through core
    Dataset<Row> multi = fp.groupBy("body_hash").count().filter(col("count").gt(1)).select("body_hash");
    Dataset<Row> members = withOrd.join(fp.join(multi, "body_hash").select("ord", "body_hash"), "ord");
    JavaRDD<Row> exactLinks = members.javaRDD()
        .groupBy(r -> r.getLong(r.fieldIndex("body_hash")))
        .flatMap(group -> {
          List<Row> list = new ArrayList<>();
          group._2().forEach(list::add);
          return coreLinks(list).iterator();
        });
    Dataset<Row> exact = spark.createDataFrame(exactLinks, LINK).localCheckpoint();

    // 3. banding over representatives (exact copies other than the group's original drop out)
    Dataset<Row> reps = fp.join(exact.select(col("derived_ord").as("ord")).distinct(), "ord", "left_anti");
    JavaRDD<Row> bandRows = reps.select("ord", "keys").javaRDD().flatMap(r -> {
      List<Long> keys = r.getList(1);
      List<Row> out = new ArrayList<>(keys.size());
      for (int b = 0; b < keys.size(); b++) {
        out.add(RowFactory.create(b, keys.get(b), r.getLong(0)));
      }
      return out.iterator();
    });
    Dataset<Row> buckets = spark.createDataFrame(bandRows, BAND_ROW)
        .groupBy("band", "key").agg(collect_list("ord").as("ords"))
        .filter(org.apache.spark.sql.functions.size(col("ords")).gt(1));
    JavaRDD<Row> pairRows = buckets.select("ords").javaRDD().flatMap(r -> {
      long[] ords = r.<Long>getList(0).stream().mapToLong(Long::longValue).sorted().toArray();
      List<Row> out = new ArrayList<>();
      for (int p = 1; p < ords.length; p++) {
        for (int q = Math.max(0, p - maxBucket); q < p; q++) {
          out.add(RowFactory.create(ords[q], ords[p]));
        }
      }
      return out.iterator();
    });
    Dataset<Row> pairs = spark.createDataFrame(pairRows, PAIR).distinct();

    // 4. exact confirmation of each candidate pair through core
    Column[] fields = Arrays.stream(articles.columns()).map(c -> col(c)).toArray(Column[]::new);
    Dataset<Row> sideA = withOrd.select(col("ord").as("a"), struct(fields).as("art_a"));
    Dataset<Row> sideB = withOrd.select(col("ord").as("b"), struct(fields).as("art_b"));
    JavaRDD<Row> nearLinks = pairs.join(sideA, "a").join(sideB, "b").javaRDD().flatMap(r -> {
      Row a = r.getStruct(r.fieldIndex("art_a"));
      Row b = r.getStruct(r.fieldIndex("art_b"));
      return coreLinks(List.of(withOrd(a, r.getLong(r.fieldIndex("a"))), withOrd(b, r.getLong(r.fieldIndex("b")))))
          .iterator();
    });
    Dataset<Row> links = exact.unionByName(spark.createDataFrame(nearLinks, LINK)).localCheckpoint();

    // 5. connected components
    Dataset<Row> labels = Components.minLabels(links.select(col("derived_ord").as("u"), col("source_ord").as("v")));
    Dataset<Row> groups = labels
        .join(withOrd.select(col("ord").as("node"), col("id")), "node")
        .join(withOrd.select(col("ord").as("label"), col("id").as("group")), "label")
        .select(col("id"), col("group"), col("node").as("ord"));
    return new Output(links.drop("derived_ord", "source_ord"), groups);
  }

  /** A struct row of the article columns plus its ordinal, in the shape {@link #coreLinks} reads. */
  private static Row withOrd(Row article, long ord) {
    Object[] values = new Object[article.size() + 1];
    for (int i = 0; i < article.size(); i++) {
      values[i] = article.get(i);
    }
    values[article.size()] = ord;
    StructType schema = article.schema().add("ord", DataTypes.LongType, false);
    return new org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema(values, schema);
  }

  /** Core {@code nearDuplicates} over rows with article columns and {@code ord}, in input order. */
  private static List<Row> coreLinks(List<Row> rows) {
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort((x, y) -> Long.compare(x.getLong(x.fieldIndex("ord")), y.getLong(y.fieldIndex("ord"))));
    List<Article> list = new ArrayList<>(sorted.size());
    Map<String, Long> ords = new HashMap<>();
    for (Row r : sorted) {
      Article a = Rows.toArticle(r);
      list.add(a);
      ords.put(a.id(), r.getLong(r.fieldIndex("ord")));
    }
    List<Row> out = new ArrayList<>();
    for (ProvenanceLink link : Provenance.lexicalOnly().nearDuplicates(list)) {
      out.add(RowFactory.create(link.derived(), link.source(), link.relation().label(), link.score(),
          ords.get(link.derived()), ords.get(link.source())));
    }
    return out;
  }

  /** Min-label propagation over an undirected edge list ({@code u}, {@code v}). */
  static final class Components {
    private Components() {}

    /** For every node on an edge: ({@code node}, {@code label}), label = the smallest node in its component. */
    static Dataset<Row> minLabels(Dataset<Row> edges) {
      Dataset<Row> both = edges.select(col("u"), col("v"))
          .union(edges.select(col("v").as("u"), col("u").as("v")))
          .distinct().localCheckpoint();
      // start from the smaller end of each edge: one round already done
      Dataset<Row> labels = both.groupBy(col("u").as("node")).agg(min(least(col("u"), col("v"))).as("label"))
          .localCheckpoint();
      while (true) {
        Dataset<Row> proposals = both.join(labels, both.col("v").equalTo(labels.col("node")))
            .select(both.col("u").as("node"), labels.col("label"));
        Dataset<Row> next = labels.union(proposals).groupBy("node").agg(min("label").as("label")).localCheckpoint();
        long changed = next.as("n").join(labels.as("o"), "node")
            .filter(col("n.label").notEqual(col("o.label"))).count();
        labels = next;
        if (changed == 0) {
          return labels;
        }
      }
    }
  }
}
