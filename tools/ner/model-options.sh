# The training options of the shipped tagger models, sourced by train-models.sh (which makes
# them) and eval-ner.sh (whose learning and size curves vary one option of these).
# Five bags each (perceptrons trained in different document orders, summed): a single
# perceptron's figures move by up to 0.03 F1 with the seed alone (README.md, Bagging).
# English is pruned harder: fewer, larger weights — bagged weights are denser, and --prune 4
# keeps both models within the size budget at the dev figures of --prune 2.
DE_TRAIN_OPTS=(--bits 16 --epochs 7 --prune 1 --bags 5)
EN_TRAIN_OPTS=(--bits 16 --epochs 7 --prune 4 --bags 5)
