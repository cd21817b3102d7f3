// The cursors a walk over posting lists is made of (see MatchCounter.cpp): one per node of a
// `MatchNode` tree, each a position in the sorted docids its node matches, and the weight the
// node gives the document there.

#pragma once

#include "Shim.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace cxshim {

constexpr Xapian::docid end_of_list = std::numeric_limits<Xapian::docid>::max();

/// A position in the sorted docids a node matches. Starts before the first; `next` and
/// `skip_to` move it; `docid` is `end_of_list` once past the last.
class Cursor {
  public:
    virtual ~Cursor() = default;
    /// Moves to the next match.
    virtual void next() = 0;
    /// Moves to the first match at or after target; stays if already there.
    virtual void skip_to(Xapian::docid target) = 0;
    /// About how many documents match (to lead an intersection with the rarest).
    virtual Xapian::doccount estimate() const = 0;
    /// Whether it certainly matches nothing.
    virtual bool empty() const { return false; }
    /// The weight the node gives the document at `docid` (0 where it carries no weight).
    virtual double weight() const { return 0; }
    Xapian::docid docid = 0;
};

using CursorPtr = std::unique_ptr<Cursor>;

/// BM25 as `Xapian::BM25Weight(k1, 0, 1, 0, 0.5)` computes it, term by term, in the same
/// operations (so the same doubles): without length normalisation, b = 0, nothing of a
/// document but the term's wdf counts.
struct TermWeight {
    double termweight = 0;
    double k1 = 0;

    TermWeight() = default;

    TermWeight(double k1_, Xapian::doccount documents, Xapian::doccount frequency, unsigned wqf) : k1(k1_) {
        double tw = (documents - frequency + 0.5) / (frequency + 0.5);
        if (tw < 2) tw = tw * 0.5 + 1;
        const double k3 = 1, wqf_double = wqf;
        termweight = std::log(tw);
        termweight *= (k3 + 1) * wqf_double / (k3 + wqf_double);
        termweight *= (k1 + 1);
    }

    double operator()(Xapian::termcount wdf) const {
        const double wdf_double(wdf);
        return termweight * (wdf_double / (k1 + wdf_double));
    }
};

class TermCursor final : public Cursor {
  public:
    /// `weigh` is null where the term carries no weight.
    TermCursor(const Xapian::Database &db, const std::string &term, Xapian::doccount estimate,
               std::unique_ptr<TermWeight> weigh = nullptr)
        : it_(db.postlist_begin(term)), end_(db.postlist_end(term)), estimate_(estimate), weigh_(std::move(weigh)) {}

    void next() override {
        if (docid == end_of_list) return;
        if (docid != 0) ++it_;
        docid = it_ == end_ ? end_of_list : *it_;
    }

    void skip_to(Xapian::docid target) override {
        if (docid >= target) return;
        it_.skip_to(target);
        docid = it_ == end_ ? end_of_list : *it_;
    }

    Xapian::doccount estimate() const override { return estimate_; }

    double weight() const override { return weigh_ ? (*weigh_)(it_.get_wdf()) : 0; }

  private:
    Xapian::PostingIterator it_, end_;
    Xapian::doccount estimate_;
    std::unique_ptr<TermWeight> weigh_;
};

class NothingCursor final : public Cursor {
  public:
    void next() override { docid = end_of_list; }
    void skip_to(Xapian::docid) override { docid = end_of_list; }
    Xapian::doccount estimate() const override { return 0; }
    bool empty() const override { return true; }
};

class AgeCursor final : public Cursor {
  public:
    AgeCursor(std::shared_ptr<const AgeCache> cache, Xapian::docid last, uint16_t age, Xapian::doccount estimate)
        : cache_(std::move(cache)), last_(cache_->last(last)), age_(age), estimate_(estimate) {}

    void next() override {
        if (docid == end_of_list) return;
        const Xapian::docid id = cache_->next_holding(docid, age_, last_);
        docid = id > last_ ? end_of_list : id;
    }

    void skip_to(Xapian::docid target) override {
        if (docid >= target) return;
        docid = target - 1;
        next();
    }

    Xapian::doccount estimate() const override { return estimate_; }

  private:
    std::shared_ptr<const AgeCache> cache_;
    Xapian::docid last_;
    uint16_t age_;
    Xapian::doccount estimate_;
};

/// Documents every child matches: the rarest leads, the others skip to it. Its weight is the
/// children's summed in the same order (rarest first) as Xapian's AND sums them.
class AllOfCursor final : public Cursor {
  public:
    explicit AllOfCursor(std::vector<CursorPtr> children) : children_(std::move(children)) {
        std::sort(children_.begin(), children_.end(),
                  [](const CursorPtr &a, const CursorPtr &b) { return a->estimate() < b->estimate(); });
    }

    void next() override {
        if (docid == end_of_list) return;
        if (children_.empty()) { docid = end_of_list; return; }
        children_[0]->next();
        align();
    }

    void skip_to(Xapian::docid target) override {
        if (docid >= target) return;
        if (children_.empty()) { docid = end_of_list; return; }
        children_[0]->skip_to(target);
        align();
    }

    Xapian::doccount estimate() const override { return children_.empty() ? 0 : children_[0]->estimate(); }

    double weight() const override {
        double sum = 0;
        for (const auto &child : children_) sum += child->weight();
        return sum;
    }

  private:
    void align() {
        Xapian::docid candidate = children_[0]->docid;
        size_t i = 1;
        while (candidate != end_of_list && i < children_.size()) {
            children_[i]->skip_to(candidate);
            if (children_[i]->docid == candidate) { ++i; continue; }
            children_[0]->skip_to(children_[i]->docid);
            candidate = children_[0]->docid;
            i = 1;
        }
        docid = candidate;
    }

    std::vector<CursorPtr> children_;
};

/// Documents any child matches; weighted by the children that match there.
class AnyOfCursor final : public Cursor {
  public:
    explicit AnyOfCursor(std::vector<CursorPtr> children) : children_(std::move(children)) {}

    void next() override {
        if (docid == end_of_list) return;
        for (auto &child : children_) {
            if (child->docid == docid) child->next();
        }
        settle();
    }

    void skip_to(Xapian::docid target) override {
        if (docid >= target) return;
        for (auto &child : children_) child->skip_to(target);
        settle();
    }

    Xapian::doccount estimate() const override {
        Xapian::doccount sum = 0;
        for (const auto &child : children_) sum += child->estimate();
        return sum;
    }

    double weight() const override {
        double sum = 0;
        for (const auto &child : children_) {
            if (child->docid == docid) sum += child->weight();
        }
        return sum;
    }

  private:
    void settle() {
        Xapian::docid lowest = end_of_list;
        for (const auto &child : children_) lowest = std::min(lowest, child->docid);
        docid = lowest;
    }

    std::vector<CursorPtr> children_;
};

/// Documents the first child matches and the second does not; weighted by the first.
class ButNotCursor final : public Cursor {
  public:
    ButNotCursor(CursorPtr kept, CursorPtr dropped) : kept_(std::move(kept)), dropped_(std::move(dropped)) {}

    void next() override {
        if (docid == end_of_list) return;
        kept_->next();
        settle();
    }

    void skip_to(Xapian::docid target) override {
        if (docid >= target) return;
        kept_->skip_to(target);
        settle();
    }

    Xapian::doccount estimate() const override { return kept_->estimate(); }

    double weight() const override { return kept_->weight(); }

  private:
    void settle() {
        while (kept_->docid != end_of_list) {
            dropped_->skip_to(kept_->docid);
            if (dropped_->docid != kept_->docid) break;
            kept_->next();
        }
        docid = kept_->docid;
    }

    CursorPtr kept_, dropped_;
};

}  // namespace cxshim
