package org.triangulate.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.triangulate.article.Article;
import org.triangulate.cluster.ClusteredEvent;
import org.triangulate.cluster.ClusteredStory;
import org.triangulate.cluster.Clustering;
import org.triangulate.cluster.WindowedClustering;

/**
 * Distributed events and story arcs: the steps of core {@link WindowedClustering}, each run where its
 * data is, so the result equals {@link WindowedClustering#cluster} on one machine.
 *
 * <ol>
 *   <li>Place (per partition): each article's {@link WindowedClustering#day day} (of its root: copies
 *       collapse onto their source first), window and stitching zones.</li>
 *   <li>Windows (group by window, one task each): core {@link WindowedClustering#clusterWindow} over
 *       the window's articles sorted into input order. Article records are shuffled once here.</li>
 *   <li>Boundaries (group by boundary, one task each): core {@link WindowedClustering#stitch} over the
 *       zone's articles in input order, each tagged with its window event.</li>
 *   <li>Driver: {@link WindowedClustering#join} of the window events (ids only).</li>
 *   <li>Story pass (one task): core {@link WindowedClustering#storyGroups} over one surrogate per
 *       event, built from its first few originals; then {@link WindowedClustering#finish} on the driver.</li>
 * </ol>
 *
 * <p>The driver holds ids only (article to event, input positions, the links' sources): about 100 bytes
 * per article. Parallelism of the window step is the number of windows (a month in 7-day windows is
 * 5 tasks): the online clusterer is sequential within a window.
 */
final class EventStage {
  private EventStage() {}

  static final StructType EVENTS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, false)
      .add("date", DataTypes.DateType, true)
      .add("end_date", DataTypes.DateType, true)
      .add("location", DataTypes.StringType, true)
      .add("story", DataTypes.StringType, false)
      .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false);

  static final StructType STORIES = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, false)
      .add("events", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType DAY = new StructType()
      .add("day_id", DataTypes.StringType, false)
      .add("day", DataTypes.LongType, true);

  private static final StructType ROOT = new StructType()
      .add("root_of", DataTypes.StringType, false)
      .add("root", DataTypes.StringType, false);

  private static final StructType PART = new StructType()
      .add("window", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("title", DataTypes.StringType, false)
      .add("date", DataTypes.DateType, true)
      .add("end_date", DataTypes.DateType, true)
      .add("location", DataTypes.StringType, true)
      .add("story", DataTypes.StringType, false)
      .add("articles", DataTypes.createArrayType(DataTypes.StringType, false), false);

  private static final StructType STITCH = new StructType()
      .add("left_window", DataTypes.LongType, false)
      .add("left_event", DataTypes.StringType, false)
      .add("right_window", DataTypes.LongType, false)
      .add("right_event", DataTypes.StringType, false);

  private static final StructType MEMBER = new StructType()
      .add("m_id", DataTypes.StringType, false)
      .add("event_index", DataTypes.IntegerType, false)
      .add("rank", DataTypes.IntegerType, false)
      .add("event_id", DataTypes.StringType, false)
      .add("event_title", DataTypes.StringType, false)
      .add("event_date", DataTypes.DateType, true);

  private static final StructType GROUP = new StructType()
      .add("group", DataTypes.IntegerType, false)
      .add("event", DataTypes.StringType, false);

  /**
   * Events and stories of {@code articles} (article columns plus {@code file_index}, {@code seq});
   * {@code sources}: derived article id to the id of the article it copies (ids among {@code articles}).
   */
  static Clustering run(SparkSession spark, Dataset<Row> articles, Map<String, String> sources,
      WindowedGrouping grouping) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    WindowedClustering driver = grouping.get();
    HashMap<String, String> sourceMap = new HashMap<>(sources);
    Broadcast<HashMap<String, String>> bc = jsc.broadcast(sourceMap);
    Function<String, Optional<String>> sourceOf = id -> Optional.ofNullable(sourceMap.get(id));
    Dataset<Row> withOrd = articles.withColumn("ord", DuplicateStage.ord());

    // 1. place: the root's day (publication date, else first date in its text), window, zones
    List<Row> rootRows = new ArrayList<>();
    for (String derived : sourceMap.keySet()) {
      rootRows.add(RowFactory.create(derived, WindowedClustering.root(derived, sourceOf)));
    }
    JavaRDD<Row> dayRows = withOrd.javaRDD().mapPartitions(it -> {
      WindowedClustering w = grouping.get();
      List<Row> out = new ArrayList<>();
      while (it.hasNext()) {
        Row r = it.next();
        Optional<LocalDate> day = w.day(Rows.toArticle(r));
        out.add(RowFactory.create(r.getString(r.fieldIndex("id")), day.map(LocalDate::toEpochDay).orElse(null)));
      }
      return out.iterator();
    });
    Dataset<Row> days = spark.createDataFrame(dayRows, DAY);
    Dataset<Row> placed = withOrd
        .join(org.apache.spark.sql.functions.broadcast(Rows.distributed(spark, rootRows, ROOT)),
            col("id").equalTo(col("root_of")), "left")
        .withColumn("root_id", coalesce(col("root"), col("id")))
        .join(days, col("root_id").equalTo(col("day_id")), "left")
        .drop("root_of", "root", "root_id", "day_id")
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      return clusterWindows(spark, driver, grouping, bc, sourceOf, withOrd, placed);
    } finally {
      placed.unpersist();
      bc.destroy();
    }
  }

  private static Clustering clusterWindows(SparkSession spark, WindowedClustering driver,
      WindowedGrouping grouping, Broadcast<HashMap<String, String>> bc, Function<String, Optional<String>> sourceOf,
      Dataset<Row> withOrd, Dataset<Row> placed) {
    // 2. one task per window: core clustering in input order
    JavaRDD<Row> partRows = placed.javaRDD()
        .mapPartitionsToPair(it -> {
          WindowedClustering w = grouping.get();
          List<scala.Tuple2<Long, Row>> out = new ArrayList<>();
          it.forEachRemaining(r -> out.add(new scala.Tuple2<>(w.window(dayOf(r)), r)));
          return out.iterator();
        })
        .groupByKey()
        .flatMap(group -> {
          WindowedClustering w = grouping.get();
          Map<String, String> src = bc.value();
          List<Article> list = inOrder(group._2());
          List<Row> out = new ArrayList<>();
          for (ClusteredEvent e : w.clusterWindow(list, id -> Optional.ofNullable(src.get(id))).events()) {
            out.add(RowFactory.create(group._1(), e.id(), e.title(), e.date().orElse(null), e.endDate().orElse(null),
                e.location().orElse(null), e.story(), e.articles().toArray(new String[0])));
          }
          return out.iterator();
        });
    Dataset<Row> partDf = spark.createDataFrame(partRows, PART)
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      return stitchAndLink(spark, driver, grouping, bc, sourceOf, withOrd, placed, partDf);
    } finally {
      partDf.unpersist();
    }
  }

  private static Clustering stitchAndLink(SparkSession spark, WindowedClustering driver,
      WindowedGrouping grouping, Broadcast<HashMap<String, String>> bc, Function<String, Optional<String>> sourceOf,
      Dataset<Row> withOrd, Dataset<Row> placed, Dataset<Row> partDf) {
    List<WindowedClustering.Part> parts = new ArrayList<>();
    for (Row r : partDf.collectAsList()) {
      ClusteredEvent e = new ClusteredEvent(r.getString(1), r.getString(2), date(r.get(3)), date(r.get(4)),
          Optional.ofNullable(r.getString(5)), r.getString(6), r.getList(7));
      parts.add(new WindowedClustering.Part(r.getLong(0), e));
    }
    // each article's window event, from the window tasks' output (never through the driver)
    Dataset<Row> assigned = partDf.select(org.apache.spark.sql.functions.explode(col("articles")).as("a_id"),
        col("window").as("p_window"), col("id").as("p_event"));

    // 3. one task per boundary: the zone clustered again, stitching the window events it joins
    JavaRDD<Row> inZones = placed.javaRDD().mapPartitions(it -> {
      WindowedClustering w = grouping.get();
      List<Row> out = new ArrayList<>();
      it.forEachRemaining(r -> {
        if (!w.boundaries(dayOf(r)).isEmpty()) {
          out.add(r);
        }
      });
      return out.iterator();
    });
    Dataset<Row> zoneRows = spark.createDataFrame(inZones, placed.schema())
        .join(assigned, col("id").equalTo(col("a_id")))
        .drop("a_id");
    JavaRDD<Row> stitchRows = zoneRows.javaRDD()
        .mapPartitionsToPair(it -> {
          WindowedClustering w = grouping.get();
          List<scala.Tuple2<Long, Row>> out = new ArrayList<>();
          it.forEachRemaining(r -> w.boundaries(dayOf(r)).forEach(b -> out.add(new scala.Tuple2<>(b, r))));
          return out.iterator();
        })
        .groupByKey()
        .flatMap(group -> {
          WindowedClustering w = grouping.get();
          Map<String, String> src = bc.value();
          List<Row> rows = new ArrayList<>();
          group._2().forEach(rows::add);
          rows.sort(Comparator.comparingLong(r -> r.getLong(r.fieldIndex("ord"))));
          Map<String, WindowedClustering.PartId> partOf = new HashMap<>();
          List<Article> zone = new ArrayList<>(rows.size());
          for (Row r : rows) {
            Article a = Rows.toArticle(r);
            zone.add(a);
            partOf.put(a.id(), new WindowedClustering.PartId(r.getLong(r.fieldIndex("p_window")),
                r.getString(r.fieldIndex("p_event"))));
          }
          List<Row> out = new ArrayList<>();
          for (WindowedClustering.Stitch s : w.stitch(group._1(), zone, id -> Optional.ofNullable(src.get(id)),
              partOf::get)) {
            out.add(RowFactory.create(s.left().window(), s.left().event(), s.right().window(), s.right().event()));
          }
          return out.iterator();
        });
    List<WindowedClustering.Stitch> stitches = new ArrayList<>();
    for (Row r : spark.createDataFrame(stitchRows, STITCH).collectAsList()) {
      stitches.add(new WindowedClustering.Stitch(new WindowedClustering.PartId(r.getLong(0), r.getString(1)),
          new WindowedClustering.PartId(r.getLong(2), r.getString(3))));
    }

    // 4. driver: join the parts (ids and input positions only)
    Map<String, Long> position = new HashMap<>();
    for (Row r : withOrd.select("id", "ord").collectAsList()) {
      position.put(r.getString(0), r.getLong(1));
    }
    List<WindowedClustering.Joined> joined = driver.join(parts, stitches, position::get);

    // 5. story pass in one task over one surrogate per event
    List<Row> members = new ArrayList<>();
    for (int i = 0; i < joined.size(); i++) {
      ClusteredEvent e = joined.get(i).event();
      List<String> chosen = driver.storyMembers(e, sourceOf);
      for (int k = 0; k < chosen.size(); k++) {
        members.add(RowFactory.create(chosen.get(k), i, k, e.id(), e.title(), e.date().orElse(null)));
      }
    }
    Dataset<Row> memberRows = withOrd.join(Rows.distributed(spark, members, MEMBER), col("id").equalTo(col("m_id")))
        .drop("m_id").repartition(1);
    JavaRDD<Row> groupRows = memberRows.javaRDD().mapPartitions(it -> {
      List<Row> rows = new ArrayList<>();
      it.forEachRemaining(rows::add);
      if (rows.isEmpty()) {
        return new ArrayList<Row>().iterator();
      }
      rows.sort(Comparator.<Row>comparingInt(r -> r.getInt(r.fieldIndex("event_index")))
          .thenComparingInt(r -> r.getInt(r.fieldIndex("rank"))));
      List<Article> surrogates = new ArrayList<>();
      int k = 0;
      while (k < rows.size()) {
        Row first = rows.get(k);
        int index = first.getInt(first.fieldIndex("event_index"));
        List<Article> arts = new ArrayList<>();
        while (k < rows.size() && rows.get(k).getInt(rows.get(k).fieldIndex("event_index")) == index) {
          arts.add(Rows.toArticle(rows.get(k)));
          k++;
        }
        Optional<LocalDate> d = date(first.get(first.fieldIndex("event_date")));
        ClusteredEvent e = new ClusteredEvent(first.getString(first.fieldIndex("event_id")),
            first.getString(first.fieldIndex("event_title")), d, d, Optional.empty(), "", List.of());
        surrogates.add(WindowedClustering.surrogate(e, arts));
      }
      List<Row> out = new ArrayList<>();
      List<List<String>> groups = grouping.get().storyGroups(surrogates);
      for (int g = 0; g < groups.size(); g++) {
        for (String id : groups.get(g)) {
          out.add(RowFactory.create(g, id));
        }
      }
      return out.iterator();
    });
    Map<Integer, List<String>> byGroup = new java.util.TreeMap<>();
    for (Row r : spark.createDataFrame(groupRows, GROUP).collectAsList()) {
      byGroup.computeIfAbsent(r.getInt(0), x -> new ArrayList<>()).add(r.getString(1));
    }
    return driver.finish(joined, new ArrayList<>(byGroup.values()));
  }

  private static Optional<LocalDate> dayOf(Row r) {
    Object d = r.get(r.fieldIndex("day"));
    return d == null ? Optional.empty() : Optional.of(LocalDate.ofEpochDay((Long) d));
  }

  private static List<Article> inOrder(Iterable<Row> rows) {
    List<Row> list = new ArrayList<>();
    rows.forEach(list::add);
    list.sort(Comparator.comparingLong(r -> r.getLong(r.fieldIndex("ord"))));
    List<Article> out = new ArrayList<>(list.size());
    for (Row r : list) {
      out.add(Rows.toArticle(r));
    }
    return out;
  }

  private static Optional<LocalDate> date(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof LocalDate d) {
      return Optional.of(d);
    }
    return Optional.of(((java.sql.Date) value).toLocalDate());
  }

  /** The clustering as the {@link #EVENTS} and {@link #STORIES} Datasets. */
  static Dataset<Row> events(SparkSession spark, Clustering c) {
    List<Row> rows = new ArrayList<>(c.events().size());
    for (ClusteredEvent e : c.events()) {
      rows.add(RowFactory.create(e.id(), e.title(), e.date().map(java.sql.Date::valueOf).orElse(null),
          e.endDate().map(java.sql.Date::valueOf).orElse(null), e.location().orElse(null), e.story(),
          e.articles().toArray(new String[0])));
    }
    return Rows.distributed(spark, rows, EVENTS);
  }

  static Dataset<Row> stories(SparkSession spark, Clustering c) {
    List<Row> rows = new ArrayList<>(c.stories().size());
    for (ClusteredStory s : c.stories()) {
      rows.add(RowFactory.create(s.id(), s.title(), s.events().toArray(new String[0])));
    }
    return Rows.distributed(spark, rows, STORIES);
  }
}
